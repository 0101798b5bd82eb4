package dev.briefing.core.qa;

import dev.briefing.core.analysis.Mention;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.Names;
import dev.briefing.core.model.Answer;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import dev.briefing.core.retrieval.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers factual questions with the best-matching sentence: BM25 (typos mapped to the article's
 * nearest term), semantic similarity when an embedder is configured, and the expected fact type;
 * and says "not found" when the best sentence does not hold the question's names, its negation, or
 * enough of its words.
 */
final class FactAnswers {

  /** The share of the question's words (by idf) a sentence and its context must hold. */
  static final double MIN_COVERAGE = 0.5;

  /** The share that suffices when the sentence holds the kind of fact asked for. */
  static final double TYPED_COVERAGE = 0.3;

  /** Weight of BM25 (over the best sentence's) in a sentence's score. */
  static final double LEXICAL_WEIGHT = 0.45;

  /** Weight of the share of the question's words a sentence holds. */
  static final double COVERAGE_WEIGHT = 0.35;

  /** Weight of semantic similarity in a sentence's score, when an embedder is configured. */
  static final double SEMANTIC_WEIGHT = 0.25;

  /** Similarity at which a sentence holds the question's meaning without its words. */
  static final double SEMANTIC_FOUND = 0.65;

  /** Weight of a term the question misspelt, found by its nearest spelling in the article. */
  static final float TYPO_WEIGHT = 0.8f;

  /** Weight of the sentence before, for a sentence that refers back to it ("Its Latin title"). */
  static final double CONTEXT_WEIGHT = 0.5;

  /**
   * Weight, in a large scope, of how well a sentence's article covers the question as a whole: of
   * two articles with the same kind of sentence, the one about the asked place or person answers.
   */
  static final double ARTICLE_WEIGHT = 0.5;

  private final SentenceEmbedder embedder;

  FactAnswers(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /**
   * The best sentences among the articles.
   *
   * @param scope the articles, each with how well it covers the question as a whole (0 to 1), which
   *     counts towards its sentences' scores; 0 for all when the scope is small
   */
  Answer answer(Map<IndexedArticle, Double> scope, Question q) {
    FactQuery query = FactQuery.of(q);
    List<Candidate> candidates = new ArrayList<>();
    List<float[]> question = scope.isEmpty() ? List.of() : embedder.embed(List.of(q.text()));
    for (Map.Entry<IndexedArticle, Double> e : scope.entrySet()) {
      IndexedArticle a = e.getKey();
      double[] semantic = question.isEmpty() ? null : similarities(a, question.get(0));
      for (Candidate c : score(a, q, query, semantic)) {
        candidates.add(c.withScore(c.score() + ARTICLE_WEIGHT * e.getValue()));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    if (candidates.isEmpty()) {
      return notFound();
    }
    Candidate best = candidates.get(0);
    if (!answers(best, query)) {
      return notFound();
    }
    List<Candidate> chosen = new ArrayList<>(List.of(best));
    if (candidates.size() > 1) {
      Candidate second = candidates.get(1);
      if (second.score() >= 0.85 * best.score()
          && second.article() == best.article()
          && answers(second, query)) {
        chosen.add(second);
      }
    }
    // the best first: a reader (and a first-citation measure) takes the first as the answer
    AnswerBuilder out = new AnswerBuilder();
    chosen.forEach(c -> out.cite(c.article().article(), c.sentence()));
    return out.build();
  }

  private static Answer notFound() {
    return Answer.notFound(
        "The article does not say. Try /summary for its main points, or ask who is quoted.");
  }

  /**
   * Whether a sentence answers rather than merely resembles the question: it holds enough of the
   * question's words (or its meaning), the question's names are in its article, and it says "not"
   * when the question asks about what did not happen.
   */
  private static boolean answers(Candidate c, FactQuery query) {
    boolean covered =
        c.coverage() >= MIN_COVERAGE
            || c.typed() && c.coverage() >= TYPED_COVERAGE // "when did the library decide?"
            || c.similarity() >= SEMANTIC_FOUND;
    if (!covered) {
      return false;
    }
    if (!c.namesKnown()) {
      return false;
    }
    return !query.negated() || c.negated();
  }

  /**
   * A scored sentence.
   *
   * @param coverage the share of the question's terms (by idf) the sentence and its context hold
   * @param similarity its semantic similarity to the question, 0 without an embedder
   * @param namesKnown whether the article has every name of the question
   * @param negated whether the sentence or its context says "not"
   * @param typed whether it holds the kind of fact asked for (a date for "when")
   */
  private record Candidate(
      IndexedArticle article,
      int sentence,
      double score,
      double coverage,
      double similarity,
      boolean namesKnown,
      boolean negated,
      boolean typed) {
    Candidate withScore(double newScore) {
      return new Candidate(
          article, sentence, newScore, coverage, similarity, namesKnown, negated, typed);
    }
  }

  private static double[] similarities(IndexedArticle a, float[] question) {
    if (a.embeddings().isEmpty()) {
      return null;
    }
    double[] sims = new double[a.embeddings().size()];
    for (int i = 0; i < sims.length; i++) {
      sims[i] = a.embeddings().cosine(i, question);
    }
    return sims;
  }

  /** The question's terms with their weights: as asked, misspelt ones by their nearest term. */
  private static Map<String, Float> queryTerms(
      java.util.function.Function<String, java.util.Optional<String>> nearest, Set<String> terms) {
    Map<String, Float> weighted = new LinkedHashMap<>();
    for (String t : terms) {
      java.util.Optional<String> near = nearest.apply(t);
      if (near.isPresent()) {
        weighted.putIfAbsent(near.get(), TYPO_WEIGHT);
      } else {
        weighted.put(t, 1f); // absent, but its related words may be there ("size" for "big")
      }
    }
    return weighted;
  }

  private static List<Candidate> score(
      IndexedArticle a, Question q, FactQuery query, double[] semantic) {
    LuceneSentenceIndex index = a.index();
    Set<String> asked = index.terms(query.searchText());
    Map<String, java.util.Optional<String>> spellings = new HashMap<>(); // one lookup per word
    java.util.function.Function<String, java.util.Optional<String>> nearest =
        t -> spellings.computeIfAbsent(t, index::nearestTerm);
    Map<String, Float> weighted = queryTerms(nearest, asked);
    Map<String, Float> searched = new HashMap<>(weighted);
    Map<String, String> relatedTo = new HashMap<>();
    for (String t : weighted.keySet()) {
      for (String related : QueryTerms.related(index, t)) {
        searched.putIfAbsent(related, 0.6f);
        relatedTo.putIfAbsent(related, t);
      }
    }
    Set<Entity> askedEntities = askedEntities(a, query.searchText());
    Map<Integer, Double> bm25 = index.search(searched);
    double max =
        Math.max(1e-9, bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
    // a misspelt word weighs as the word it was taken for ("councl" as "council"), one the article
    // lacks at the highest idf: an answer should hold it
    double totalIdf = asked.stream().mapToDouble(t -> index.idf(nearest.apply(t).orElse(t))).sum();
    boolean namesKnown = namesKnown(index, query);
    int count = a.article().sentences().size();
    List<Candidate> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      double similarity = semantic == null ? 0 : semantic[n - 1];
      double lexical = bm25.getOrDefault(n, 0.0) / max;
      if (lexical == 0 && similarity < SEMANTIC_FOUND || a.article().sentence(n).paragraph() == 0) {
        continue; // nothing in common, or the headline, which only restates the story
      }
      boolean context = n > 1 && a.analysis().isDependent(n);
      if (context) {
        lexical += CONTEXT_WEIGHT * bm25.getOrDefault(n - 1, 0.0) / max;
      }
      List<Mention> mentions = a.analysis().mentions().get(n - 1);
      boolean typed =
          q.expected() == Question.Expected.NAMED
              ? AnswerTypes.namesBefore(a.analysis().tagged().get(n - 1), askedNoun(q))
              : AnswerTypes.matches(q.expected(), a.analysis().tagged().get(n - 1), mentions);
      boolean money = typed && q.expected() == Question.Expected.MONEY;
      double coverage = coverage(index, weighted, relatedTo, totalIdf, n, context, money);
      String text = a.article().sentence(n).text();
      boolean negated =
          FactQuery.hasNegation(text)
              || context && FactQuery.hasNegation(a.article().sentence(n - 1).text());
      boolean aboutAsked = mentions.stream().anyMatch(m -> askedEntities.contains(m.entity()));
      double score =
          LEXICAL_WEIGHT * lexical
              + COVERAGE_WEIGHT * coverage
              + SEMANTIC_WEIGHT * similarity
              + (typed ? TYPE_WEIGHT : 0)
              + (aboutAsked ? 0.1 : askedEntities.isEmpty() ? 0 : -0.15)
              + 0.05 * (1 - (double) n / count) // news puts the answer first
              - (isHeading(a, n) ? 0.15 : 0);
      out.add(new Candidate(a, n, score, coverage, similarity, namesKnown, negated, typed));
    }
    return out;
  }

  /** Weight of holding the kind of fact asked for: a date for "when", an amount for "how much". */
  static final double TYPE_WEIGHT = 0.25;

  /** The share of the question's terms, by idf, in the sentence (and the one before it). */
  private static double coverage(
      LuceneSentenceIndex index,
      Map<String, Float> weighted,
      Map<String, String> relatedTo,
      double totalIdf,
      int n,
      boolean context,
      boolean money) {
    if (totalIdf == 0) {
      return 0;
    }
    Set<String> terms = index.sentenceTerms(n);
    Set<String> before = context ? index.sentenceTerms(n - 1) : Set.of();
    double idf = 0;
    for (Map.Entry<String, Float> t : weighted.entrySet()) {
      String term = t.getKey();
      if (terms.contains(term) || before.contains(term)) {
        idf += t.getValue() * index.idf(term);
      } else if (terms.stream().anyMatch(u -> QueryTerms.sameRoot(term, u))) {
        idf += 0.7 * index.idf(term); // "closures" for "close"
      } else if (money && QueryTerms.MONEY_TERMS.contains(term)) {
        idf += index.idf(term); // "£3.2m" answers "how much will it cost"
      } else if (relatedTo.entrySet().stream()
          .anyMatch(r -> r.getValue().equals(term) && terms.contains(r.getKey()))) {
        idf += 0.7 * index.idf(term); // "size" for "big", "forecast" for "outlook"
      }
    }
    return Math.min(1, idf / totalIdf);
  }

  /** The article's entities whose names the question uses. */
  private static Set<Entity> askedEntities(IndexedArticle a, String question) {
    Set<Entity> asked = new HashSet<>();
    List<String> words = EntityMatcher.words(question);
    for (Entity e : a.analysis().entities().all()) {
      for (String w : words) {
        if (e.nameTokens().contains(w) && w.length() > 2) {
          asked.add(e);
        }
      }
    }
    return asked;
  }

  /** Whether the article has every name the question mentions (a name it lacks: not found). */
  private static boolean namesKnown(LuceneSentenceIndex index, FactQuery query) {
    for (String name : query.names()) {
      for (String t : index.terms(name)) {
        if (!index.contains(t) && index.nearestTerm(t).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The question without its question words: what to search for. */
  static String searchText(Question q) {
    return QuestionParser.normalize(q.text())
        .replaceAll("\\bhow long\\b", " ")
        .replaceAll(QueryTerms.QUESTION_WORDS, " ");
  }

  private static String askedNoun(Question q) {
    String[] words = QuestionParser.normalize(q.text()).split(" ");
    return words.length > 1 ? Names.normalize(words[1]) : "";
  }

  private static boolean isHeading(IndexedArticle a, int n) {
    return !a.article().sentence(n).text().strip().matches("(?s).*[.!?…][\"”’')\\]]*$");
  }
}
