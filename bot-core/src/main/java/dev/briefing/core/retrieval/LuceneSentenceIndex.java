package dev.briefing.core.retrieval;

import dev.briefing.core.model.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 over one article's sentences with Lucene's English analysis (stop words, possessives, Porter
 * stemming), scored as Lucene's {@code BM25Similarity} scores a {@code BooleanQuery} of boosted
 * {@code TermQuery} clauses over one document per sentence (k1 1.2, b 0.75, lengths encoded in one
 * byte), but held compactly: per sentence only its distinct terms (interned, so that one string
 * serves every article), their frequencies and its encoded length. One article takes about a
 * kilobyte instead of an in-memory Lucene index's tens of kilobytes.
 */
public final class LuceneSentenceIndex {
  private static final String TEXT = "text";
  private static final float K1 = 1.2f;
  private static final float B = 0.75f;

  /** Lucene's English stop words plus pronouns, auxiliaries and question words. */
  private static final CharArraySet STOP_WORDS = stopWords();

  /** Thread-safe: Lucene keeps one token stream per thread. */
  private static final Analyzer ANALYZER = new EnglishAnalyzer(STOP_WORDS);

  private static final float[] LENGTH_TABLE = new float[256];

  static {
    for (int i = 0; i < 256; i++) {
      LENGTH_TABLE[i] = SmallFloat.byte4ToInt((byte) i);
    }
  }

  /** Per sentence (number - 1): its distinct terms, sorted. */
  private final String[][] terms;

  /** Per sentence: how often each of its terms occurs, in the order of {@link #terms}. */
  private final short[][] frequencies;

  /** Per sentence: its number of terms, encoded as Lucene encodes a field's length. */
  private final byte[] norms;

  /** Sentences with at least one term, and their terms in all, for BM25's average length. */
  private final int docCount;

  private final long sumTotalTermFreq;

  public LuceneSentenceIndex(List<Sentence> sentences) {
    int size = sentences.size();
    terms = new String[size][];
    frequencies = new short[size][];
    norms = new byte[size];
    int docs = 0;
    long total = 0;
    for (int i = 0; i < size; i++) {
      List<String> tokens = tokens(sentences.get(i).text());
      Map<String, Integer> counts = new HashMap<>();
      tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
      String[] distinct = counts.keySet().toArray(String[]::new);
      Arrays.sort(distinct);
      short[] freqs = new short[distinct.length];
      for (int t = 0; t < distinct.length; t++) {
        freqs[t] = (short) Math.min(Short.MAX_VALUE, counts.get(distinct[t]));
        distinct[t] = distinct[t].intern();
      }
      terms[i] = distinct;
      frequencies[i] = freqs;
      norms[i] = (byte) SmallFloat.intToByte4(tokens.size());
      if (!tokens.isEmpty()) {
        docs++;
        total += tokens.size();
      }
    }
    docCount = docs;
    sumTotalTermFreq = total;
  }

  private static CharArraySet stopWords() {
    CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    set.addAll(
        List.of(
            "he", "she", "him", "his", "her", "hers", "they", "them", "their", "its", "we", "our",
            "i", "me", "my", "you", "your", "do", "does", "did", "has", "have", "had", "would",
            "could", "should", "can", "may", "might", "must", "shall", "been", "being", "am",
            "were", "what", "when", "where", "who", "whom", "which", "why", "how", "also", "about",
            "than", "so", "very", "just", "from", "up", "out", "over", "more", "most", "some",
            "any", "all", "each", "other", "only", "own", "same", "too", "make", "made", "get",
            "got", "take", "took", "give", "gave", "go", "went", "come", "came", "much", "many",
            "s"));
    return CharArraySet.unmodifiableSet(set);
  }

  /** Every analyzed term of a text, repeats included, in order. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** The analyzed (stemmed, stop-word free) terms of a text, in order. */
  public Set<String> terms(String text) {
    return new LinkedHashSet<>(tokens(text));
  }

  /** The terms of a sentence (1-based). */
  public Set<String> sentenceTerms(int number) {
    return new SortedTerms(terms[number - 1]);
  }

  private int documentFrequency(String term) {
    int df = 0;
    for (String[] sentence : terms) {
      if (Arrays.binarySearch(sentence, term) >= 0) {
        df++;
      }
    }
    return df;
  }

  /** Whether any sentence has the term. */
  public boolean contains(String term) {
    return documentFrequency(term) > 0;
  }

  /**
   * The article's term closest in spelling to a term it lacks, within one edit (two for terms of
   * eight letters or more), by Lucene's Levenshtein automata: "charecter" finds "character".
   */
  public java.util.Optional<String> nearestTerm(String term) {
    if (term.length() < 5 || contains(term)) {
      return java.util.Optional.empty();
    }
    int edits = term.length() >= 8 ? 2 : 1;
    for (int d = 1; d <= edits; d++) {
      org.apache.lucene.util.automaton.Automaton a =
          new org.apache.lucene.util.automaton.LevenshteinAutomata(term, true).toAutomaton(d);
      String best = null;
      int bestFrequency = 0;
      for (String[] sentence : terms) {
        for (String v : sentence) {
          if (Math.abs(v.length() - term.length()) <= d
              && !v.equals(best)
              && org.apache.lucene.util.automaton.Operations.run(a, v)) {
            int df = documentFrequency(v);
            if (df > bestFrequency || df == bestFrequency && v.compareTo(best) < 0) {
              best = v;
              bestFrequency = df;
            }
          }
        }
      }
      if (best != null) {
        return java.util.Optional.of(best);
      }
    }
    return java.util.Optional.empty();
  }

  /** Inverse document frequency of a term among this article's sentences. */
  public double idf(String term) {
    int df = documentFrequency(term);
    return Math.log(1 + (terms.length - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25 scores of sentences for weighted query terms.
   *
   * @return sentence number to score, for sentences that match at least one term
   */
  public Map<Integer, Double> search(Map<String, Float> weightedTerms) {
    if (weightedTerms.isEmpty() || docCount == 0) {
      return Map.of();
    }
    float avgdl = (float) (sumTotalTermFreq / (double) docCount);
    float[] cache = new float[256];
    for (int i = 0; i < cache.length; i++) {
      cache[i] = 1f / (K1 * ((1 - B) + B * LENGTH_TABLE[i] / avgdl));
    }
    List<String> queryTerms = new ArrayList<>();
    List<Float> weights = new ArrayList<>();
    weightedTerms.forEach(
        (term, boost) -> {
          int df = documentFrequency(term);
          if (df > 0) {
            float idf = (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
            queryTerms.add(term);
            weights.add(boost * idf);
          }
        });
    Map<Integer, Double> scores = new HashMap<>();
    for (int s = 0; s < terms.length; s++) {
      double score = 0;
      boolean matched = false;
      float normInverse = cache[norms[s] & 0xFF];
      for (int q = 0; q < queryTerms.size(); q++) {
        int at = Arrays.binarySearch(terms[s], queryTerms.get(q));
        if (at >= 0) {
          float weight = weights.get(q);
          score += weight - weight / (1f + frequencies[s][at] * normInverse);
          matched = true;
        }
      }
      if (matched) {
        scores.put(s + 1, (double) (float) score);
      }
    }
    return scores;
  }

  /** A read-only set over a sorted array of terms. */
  private static final class SortedTerms extends AbstractSet<String> {
    private final String[] sorted;

    SortedTerms(String[] sorted) {
      this.sorted = sorted;
    }

    @Override
    public boolean contains(Object o) {
      return o instanceof String s && Arrays.binarySearch(sorted, s) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(sorted).iterator();
    }

    @Override
    public int size() {
      return sorted.length;
    }
  }
}
