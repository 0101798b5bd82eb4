package dev.briefing.core.retrieval;

import dev.briefing.core.model.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The index as it was, on an in-memory Lucene index: the reference the compact index must score
 * exactly like. BM25 over one article's sentences with Lucene's English analysis (stop words,
 * possessives, Porter stemming), in memory.
 */
final class LuceneReference {
  private static final String TEXT = "text";
  private static final String NUMBER = "n";

  /** Lucene's English stop words plus pronouns, auxiliaries and question words. */
  private static final CharArraySet STOP_WORDS = stopWords();

  private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
  private final IndexSearcher searcher;
  private final List<Set<String>> sentenceTerms = new ArrayList<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int size;

  LuceneReference(List<Sentence> sentences) {
    this.size = sentences.size();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (Sentence s : sentences) {
        Document doc = new Document();
        doc.add(new TextField(TEXT, s.text(), Field.Store.NO));
        doc.add(new StoredField(NUMBER, s.number()));
        writer.addDocument(doc);
        Set<String> terms = terms(s.text());
        sentenceTerms.add(terms);
        terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
      }
      writer.commit();
      searcher = new IndexSearcher(DirectoryReader.open(dir));
      searcher.setSimilarity(new BM25Similarity());
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory index failed", e);
    }
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

  /** The analyzed (stemmed, stop-word free) terms of a text, in order. */
  public Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** The terms of a sentence (1-based). */
  public Set<String> sentenceTerms(int number) {
    return sentenceTerms.get(number - 1);
  }

  /** Inverse document frequency of a term among this article's sentences. */
  public double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log(1 + (size - df + 0.5) / (df + 0.5));
  }

  /**
   * BM25 scores of sentences for weighted query terms.
   *
   * @return sentence number to score, for sentences that match at least one term
   */
  public Map<Integer, Double> search(Map<String, Float> weightedTerms) {
    if (weightedTerms.isEmpty()) {
      return Map.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    weightedTerms.forEach(
        (term, weight) -> {
          Query q = new TermQuery(new Term(TEXT, term));
          query.add(weight == 1f ? q : new BoostQuery(q, weight), BooleanClause.Occur.SHOULD);
        });
    try {
      Map<Integer, Double> scores = new HashMap<>();
      for (ScoreDoc hit : searcher.search(query.build(), size).scoreDocs) {
        int number =
            searcher.storedFields().document(hit.doc).getField(NUMBER).numericValue().intValue();
        scores.put(number, (double) hit.score);
      }
      return scores;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
