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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Answers factual questions with the best-matching sentence: BM25 plus the expected fact type. */
final class FactAnswers {

  private static final double MIN_COVERAGE = 0.5;

  /** Stems of verbs that say little about a topic; their absence does not mean "not covered". */

  /** Weight of semantic similarity in a sentence's score, when an embedder is configured. */
  static final double SEMANTIC_WEIGHT = 0.25;

  /** Similarity at which a sentence with no shared terms still answers. */
  static final double SEMANTIC_FOUND = 0.65;

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
    List<Candidate> candidates = new ArrayList<>();
    List<float[]> question = scope.isEmpty() ? List.of() : embedder.embed(List.of(q.text()));
    for (Map.Entry<IndexedArticle, Double> e : scope.entrySet()) {
      IndexedArticle a = e.getKey();
      double[] semantic = question.isEmpty() ? null : similarities(a, question.get(0));
      for (Candidate c : score(a, q, semantic)) {
        candidates.add(
            e.getValue() == 0 ? c : c.withScore(c.score() + ARTICLE_WEIGHT * e.getValue()));
      }
    }
    if (candidates.stream().anyMatch(c -> c.sentence() > 1)) {
      candidates.removeIf(c -> c.sentence() == 1); // the headline only restates the story
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
    if (candidates.isEmpty() || !candidates.get(0).answers()) {
      return Answer.notFound(
          "The article does not say. Try /summary for its main points, or ask who is quoted.");
    }
    Candidate best = candidates.get(0);
    List<Candidate> chosen = new ArrayList<>(List.of(best));
    if (candidates.size() > 1) {
      Candidate second = candidates.get(1);
      if (second.score() >= 0.85 * best.score()
          && second.coverage() >= MIN_COVERAGE
          && second.article() == best.article()) {
        chosen.add(second);
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::sentence));
    AnswerBuilder out = new AnswerBuilder();
    chosen.forEach(c -> out.cite(c.article().article(), c.sentence()));
    return out.build();
  }

  /**
   * A scored sentence.
   *
   * @param coverage the share of the question's terms (by idf) the sentence holds
   * @param answers whether it covers enough of the question to count as an answer
   */
  private record Candidate(
      IndexedArticle article, int sentence, double score, double coverage, boolean answers) {
    Candidate withScore(double newScore) {
      return new Candidate(article, sentence, newScore, coverage, answers);
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

  private static List<Candidate> score(IndexedArticle a, Question q, double[] semantic) {
    LuceneSentenceIndex index = a.index();
    String stripped = searchText(q);
    Set<String> terms = index.terms(stripped);
    if (terms.isEmpty()) {
      return List.of();
    }
    Map<String, Float> weighted = new HashMap<>();
    Map<String, String> origin = new HashMap<>();
    for (String t : terms) {
      weighted.put(t, 1f);
      origin.put(t, t);
      for (String related : QueryTerms.related(index, t)) {
        weighted.putIfAbsent(related, 0.6f);
        origin.putIfAbsent(related, t);
      }
    }
    Map<Integer, Double> bm25 = new HashMap<>(index.search(weighted));
    double max = bm25.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (semantic != null) {
      for (int n = 2; n <= semantic.length; n++) {
        if (semantic[n - 1] >= SEMANTIC_FOUND) {
          bm25.putIfAbsent(n, 0.0);
        }
      }
    }
    if (bm25.isEmpty()) {
      return List.of();
    }
    max = Math.max(max, 1e-9);
    double totalIdf = terms.stream().mapToDouble(index::idf).sum();
    boolean allKnown =
        terms.stream()
            .filter(t -> !QueryTerms.GENERIC_VERBS.contains(t))
            .allMatch(t -> index.idf(t) < index.idf("\u0000absent"));
    Set<Entity> asked = askedEntities(a, stripped);
    int count = a.article().sentences().size();
    List<Candidate> out = new ArrayList<>();
    for (Map.Entry<Integer, Double> hit : bm25.entrySet()) {
      int n = hit.getKey();
      Set<String> sentenceTerms = index.sentenceTerms(n);
      Set<String> covered = new HashSet<>();
      double idf = 0;
      for (String t : weighted.keySet()) {
        if (sentenceTerms.contains(t) && covered.add(origin.get(t))) {
          idf += index.idf(origin.get(t)) * (weighted.get(t) == 1f ? 1 : 0.7);
        }
      }
      for (String t : terms) {
        if (!covered.contains(t)
            && sentenceTerms.stream().anyMatch(u -> QueryTerms.sameRoot(t, u))) {
          covered.add(t);
          idf += 0.7 * index.idf(t); // "closures" for "close"
        }
      }
      List<Mention> mentions = a.analysis().mentions().get(n - 1);
      boolean aboutAsked = mentions.stream().anyMatch(m -> asked.contains(m.entity()));
      if (n > 1 && a.analysis().isDependent(n)) {
        // "It will cost ...": the sentence before says what "it" is
        Set<String> previous = index.sentenceTerms(n - 1);
        for (String t : terms) {
          if (previous.contains(t) && covered.add(t)) {
            idf += 0.5 * index.idf(t);
          }
        }
      }
      boolean typed =
          q.expected() == Question.Expected.NAMED
              ? AnswerTypes.namesBefore(a.analysis().tagged().get(n - 1), askedNoun(q))
              : AnswerTypes.matches(q.expected(), a.analysis().tagged().get(n - 1), mentions);
      if (typed && q.expected() == Question.Expected.MONEY) {
        for (String t : terms) {
          if (QueryTerms.MONEY_TERMS.contains(t) && covered.add(t)) {
            idf += index.idf(t); // "£3.2m" answers "how much will it cost"
          }
        }
      }
      double coverage = totalIdf == 0 ? 0 : Math.min(1, idf / totalIdf);
      double similarity = semantic == null ? 0 : semantic[n - 1];
      boolean answers =
          coverage >= MIN_COVERAGE
              || (typed && allKnown && coverage >= 0.3)
              || similarity >= SEMANTIC_FOUND;
      double lead = 0.05 * (1 - (double) n / count);
      double score =
          0.45 * hit.getValue() / max
              + 0.35 * coverage
              + (typed ? 0.25 : 0)
              + lead
              + (aboutAsked ? 0.1 : asked.isEmpty() ? 0 : -0.15)
              - (n == 1 || isHeading(a, n) ? 0.15 : 0)
              + SEMANTIC_WEIGHT * similarity;
      out.add(new Candidate(a, n, score, coverage, answers));
    }
    return out;
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
}
