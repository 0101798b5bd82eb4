package dev.briefing.core.qa;

import dev.briefing.core.analysis.Mention;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.Names;
import dev.briefing.core.model.Answer;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import dev.briefing.core.spi.SentenceEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers factual questions with the best sentence as a learned model ranks them ({@link
 * FactModel}: BM25 with typos mapped to the article's nearest term, the share of the question's
 * words held, semantic similarity when an embedder is configured, the expected fact type, the
 * question's names), and says "not found" when the model judges that the best sentence does not
 * answer: it lacks the question's names, its negation or its rarest words.
 */
final class FactAnswers {

  /** Weight of a term the question misspelt, found by its nearest spelling in the article. */
  static final float TYPO_WEIGHT = 0.8f;

  /** Weight of the sentence before, for a sentence that refers back to it ("Its Latin title"). */
  static final double CONTEXT_WEIGHT = 0.5;

  /**
   * Weight, in a large scope, of how well a sentence's article covers the question as a whole: of
   * two articles with the same kind of sentence, the one about the asked place or person answers.
   */
  static final double ARTICLE_WEIGHT = 0.5;

  /** Similarity from which a sentence sharing no word with the question is still a candidate. */
  static final double SEMANTIC_CANDIDATE = 0.5;

  /** A second sentence is cited when it ranks within this of the best and answers as well. */
  static final double SECOND_MARGIN = 0.25;

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\d[\\d,.]*\\d|\\d");

  private final SentenceEmbedder embedder;
  private final java.util.function.Supplier<FactModel> model;

  /** Answers with the bundled model, read when the first factual question comes. */
  FactAnswers(SentenceEmbedder embedder) {
    this(embedder, FactModel::bundled);
  }

  FactAnswers(SentenceEmbedder embedder, java.util.function.Supplier<FactModel> model) {
    this.embedder = embedder;
    this.model = model;
  }

  /**
   * The best sentences among the articles.
   *
   * @param scope the articles, each with how well it covers the question as a whole (0 to 1), which
   *     counts towards its sentences' scores; 0 for all when the scope is small
   */
  Answer answer(Map<IndexedArticle, Double> scope, Question q) {
    return answer(scope, q, Shown.NONE).answer();
  }

  /**
   * As above, without the sentences already {@code shown} (each still judged among all its
   * article's sentences, as the model was trained); more when the best sentence left out answers as
   * well.
   */
  Answered answer(Map<IndexedArticle, Double> scope, Question q, Shown shown) {
    FactQuery query = FactQuery.of(q);
    List<float[]> question = scope.isEmpty() ? List.of() : embedder.embed(List.of(q.text()));
    FactModel.Weights weights = model.get().weights(!question.isEmpty());
    // each article's candidates by the model's rank, as the answer model was trained to judge them
    Map<IndexedArticle, List<Candidate>> byArticle = new HashMap<>();
    List<Candidate> candidates = new ArrayList<>(); // ranked with their article's weight
    for (Map.Entry<IndexedArticle, Double> e : scope.entrySet()) {
      IndexedArticle a = e.getKey();
      double[] semantic = question.isEmpty() ? null : similarities(a, question.get(0));
      List<Candidate> own = new ArrayList<>();
      for (Candidate c : candidates(a, q, query, semantic)) {
        own.add(c.ranked(weights.rank(c.features())));
      }
      own.sort(Comparator.comparingDouble(Candidate::rank).reversed());
      byArticle.put(a, own);
      for (Candidate c : own) {
        candidates.add(c.ranked(c.rank() + ARTICLE_WEIGHT * e.getValue()));
      }
    }
    candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed());
    candidates.removeIf(c -> shown.contains(c.article().article(), c.sentence()));
    if (candidates.isEmpty() || !answers(byArticle, candidates.get(0), weights)) {
      return Answered.complete(notFound());
    }
    Candidate best = candidates.get(0);
    List<Candidate> chosen = new ArrayList<>(List.of(best));
    if (candidates.size() > 1) {
      Candidate second = candidates.get(1);
      if (best.rank() - second.rank() <= SECOND_MARGIN
          && second.article() == best.article()
          && answers(byArticle, second, weights)) {
        chosen.add(second);
      }
    }
    // the best first: a reader (and a first-citation measure) takes the first as the answer
    AnswerBuilder out = new AnswerBuilder();
    chosen.forEach(c -> out.cite(c.article().article(), c.sentence()));
    boolean more =
        candidates.size() > chosen.size()
            && answers(byArticle, candidates.get(chosen.size()), weights);
    return new Answered(out.build(), more);
  }

  private static Answer notFound() {
    return Answer.notFound(
        "The article does not say. Try /summary for its main points, or ask who is quoted.");
  }

  /**
   * Whether a ranked sentence answers, judged among its own article's sentences: never when the
   * question names what the article never mentions, or asks what did not happen and the sentence
   * says nothing of the kind; otherwise as the model judges.
   */
  private static boolean answers(
      Map<IndexedArticle, List<Candidate>> byArticle, Candidate c, FactModel.Weights weights) {
    if (!c.question().namesKnown() || c.question().negated() && !c.negated()) {
      return false;
    }
    List<Candidate> own = byArticle.get(c.article());
    int i = 0;
    while (own.get(i).sentence() != c.sentence()) {
      i++;
    }
    return weights.answerProbability(answerFeatures(own, i)) >= weights.threshold();
  }

  /** The {@link FactModel#ANSWER_FEATURES} of the i-th of the ranked candidates. */
  static double[] answerFeatures(List<Candidate> ranked, int i) {
    Candidate c = ranked.get(i);
    double next = i + 1 < ranked.size() ? ranked.get(i + 1).rank() : c.rank() - 1;
    double top = ranked.get(0).rank();
    double sum = 0;
    for (Candidate r : ranked) {
      sum += Math.exp(r.rank() - top);
    }
    QuestionFacts f = c.question();
    return new double[] {
      c.rank(),
      c.rank() - next,
      Math.exp(c.rank() - top) / sum,
      c.coverage(),
      c.similarity(),
      c.typed() ? 1 : 0,
      f.expectsType() ? 1 : 0,
      f.namesKnown() ? 1 : 0,
      f.negated() && !c.negated() ? 1 : 0,
      c.aboutAsked() > 0 ? 1 : 0,
      c.aboutAsked() < 0 ? 1 : 0,
      f.absentIdf(),
      c.missingIdf(),
      c.namesHeld(),
      c.numberMissing() ? 1 : 0,
      f.questionTerms()
    };
  }

  /**
   * What the question needs of any sentence of one article.
   *
   * @param namesKnown whether the article has every name of the question
   * @param negated whether the question asks about what did not happen
   * @param expectsType whether it asks for a kind of fact (a date, an amount, a place)
   * @param absentIdf the share of its terms (by idf) in no sentence of the article
   * @param questionTerms log(1 + number of its terms)
   */
  record QuestionFacts(
      boolean namesKnown,
      boolean negated,
      boolean expectsType,
      double absentIdf,
      double questionTerms) {}

  /**
   * A sentence with its features.
   *
   * @param rank the ranker's score (0 until ranked)
   * @param features the {@link FactModel#RANK_FEATURES}
   * @param coverage the share of the question's terms (by idf) the sentence and its context hold
   * @param similarity its semantic similarity to the question, 0 without an embedder
   * @param negated whether the sentence or its context says "not"
   * @param typed whether it holds the kind of fact asked for (a date for "when")
   * @param aboutAsked 1 if it mentions an entity the question names, -1 if the question names one
   *     and it does not, else 0
   * @param namesHeld the share of the question's proper names in the sentence or its context
   * @param missingIdf the idf of the rarest question term it lacks, over the highest idf
   * @param numberMissing whether a number of the question is not in it or its context
   */
  record Candidate(
      IndexedArticle article,
      int sentence,
      double rank,
      double[] features,
      double coverage,
      double similarity,
      boolean negated,
      boolean typed,
      int aboutAsked,
      double namesHeld,
      double missingIdf,
      boolean numberMissing,
      QuestionFacts question) {
    Candidate ranked(double score) {
      return new Candidate(
          article,
          sentence,
          score,
          features,
          coverage,
          similarity,
          negated,
          typed,
          aboutAsked,
          namesHeld,
          missingIdf,
          numberMissing,
          question);
    }
  }

  static double[] similarities(IndexedArticle a, float[] question) {
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

  /**
   * The article's candidate sentences for a question, with their features: every sentence but the
   * headline that shares a term with the question or is close in meaning.
   */
  static List<Candidate> candidates(
      IndexedArticle a, Question q, FactQuery query, double[] semantic) {
    LuceneSentenceIndex index = a.index();
    Set<String> asked = index.terms(query.searchText());
    Map<String, java.util.Optional<String>> spellings = new HashMap<>(); // one lookup per word
    java.util.function.Function<String, java.util.Optional<String>> nearest =
        t -> spellings.computeIfAbsent(t, index::nearestTerm);
    Map<String, Double> idfs = new HashMap<>();
    java.util.function.ToDoubleFunction<String> idf = t -> idfs.computeIfAbsent(t, index::idf);
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
    double totalIdf = 0;
    double absentIdf = 0;
    for (String t : asked) {
      String term = nearest.apply(t).orElse(t);
      double i = idf.applyAsDouble(term);
      totalIdf += i;
      if (!index.contains(term)) {
        absentIdf += i;
      }
    }
    double highestIdf = Math.max(1e-9, index.idf("\u0000")); // a term in no sentence
    Set<String> nameTerms = new HashSet<>();
    for (String name : query.names()) {
      for (String t : index.terms(name)) {
        nameTerms.add(nearest.apply(t).orElse(t));
      }
    }
    List<String> numbers = numbers(q.text());
    QuestionFacts facts =
        new QuestionFacts(
            nameTerms.stream().allMatch(index::contains), // each name or a spelling near it
            query.negated(),
            q.expected() != Question.Expected.ANY,
            totalIdf == 0 ? 0 : absentIdf / totalIdf,
            Math.log(1 + asked.size()));
    int count = a.article().sentences().size();
    List<Candidate> out = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      double similarity = semantic == null ? 0 : semantic[n - 1];
      double sentenceBm25 = bm25.getOrDefault(n, 0.0);
      double lexical = sentenceBm25 / max;
      if (lexical == 0 && similarity < SEMANTIC_CANDIDATE
          || a.article().sentence(n).paragraph() == 0) {
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
      Set<String> terms = index.sentenceTerms(n);
      Set<String> before = context ? index.sentenceTerms(n - 1) : Set.of();
      double[] covered = coverage(terms, before, weighted, relatedTo, idf, totalIdf, money);
      String text = a.article().sentence(n).text();
      String contextText = context ? a.article().sentence(n - 1).text() + " " + text : text;
      boolean negated = FactQuery.hasNegation(contextText);
      int aboutAsked =
          mentions.stream().anyMatch(m -> askedEntities.contains(m.entity()))
              ? 1
              : askedEntities.isEmpty() ? 0 : -1;
      long held = nameTerms.stream().filter(t -> terms.contains(t) || before.contains(t)).count();
      double namesHeld = nameTerms.isEmpty() ? 1 : (double) held / nameTerms.size();
      String digits = contextText.replace(",", "");
      boolean numberMissing = numbers.stream().anyMatch(x -> !digits.contains(x));
      double[] features = {
        lexical,
        covered[0],
        similarity,
        0, // similarity_gap, below
        0, // coverage_gap, below
        typed ? 1 : 0,
        aboutAsked > 0 ? 1 : 0,
        aboutAsked < 0 ? 1 : 0,
        1 - (double) n / count,
        context ? 1 : 0,
        lexical * covered[0],
        sentenceBm25 >= max ? 1 : 0,
        isHeading(a, n) ? 1 : 0,
        namesHeld,
        covered[1] / highestIdf
      };
      out.add(
          new Candidate(
              a,
              n,
              0,
              features,
              covered[0],
              similarity,
              negated,
              typed,
              aboutAsked,
              namesHeld,
              covered[1] / highestIdf,
              numberMissing,
              facts));
    }
    double bestSimilarity = out.stream().mapToDouble(Candidate::similarity).max().orElse(0);
    double bestCoverage = out.stream().mapToDouble(Candidate::coverage).max().orElse(0);
    for (Candidate c : out) {
      c.features()[3] = c.similarity() - bestSimilarity;
      c.features()[4] = c.coverage() - bestCoverage;
    }
    return out;
  }

  /** The numbers written in a text, without thousands separators ("1,200" as "1200"). */
  static List<String> numbers(String text) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = NUMBER.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }

  /**
   * The share of the question's terms, by idf, in the sentence (and the one before it), and the idf
   * of the rarest term neither holds.
   */
  private static double[] coverage(
      Set<String> terms,
      Set<String> before,
      Map<String, Float> weighted,
      Map<String, String> relatedTo,
      java.util.function.ToDoubleFunction<String> idfs,
      double totalIdf,
      boolean money) {
    if (totalIdf == 0) {
      return new double[] {0, 0};
    }
    double idf = 0;
    double missing = 0;
    for (Map.Entry<String, Float> t : weighted.entrySet()) {
      String term = t.getKey();
      double termIdf = idfs.applyAsDouble(term);
      if (terms.contains(term) || before.contains(term)) {
        idf += t.getValue() * termIdf;
      } else if (terms.stream().anyMatch(u -> QueryTerms.sameRoot(term, u))) {
        idf += 0.7 * termIdf; // "closures" for "close"
      } else if (money && QueryTerms.MONEY_TERMS.contains(term)) {
        idf += termIdf; // "£3.2m" answers "how much will it cost"
      } else if (relatedTo.entrySet().stream()
          .anyMatch(r -> r.getValue().equals(term) && terms.contains(r.getKey()))) {
        idf += 0.7 * termIdf; // "size" for "big", "forecast" for "outlook"
      } else {
        missing = Math.max(missing, termIdf);
      }
    }
    return new double[] {Math.min(1, idf / totalIdf), missing};
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
