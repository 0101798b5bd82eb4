package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.model.Answer;
import dev.briefing.core.qa.speech.SpeechFeatures;
import dev.briefing.core.qa.speech.SpeechModel;
import dev.briefing.core.qa.speech.SpeechTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers "what did X say": the sentences in which X speaks, as the learned {@link SpeechModel}
 * ranks them. Over many articles: at most six sentences from at most three articles, the likeliest
 * first and the newest on a tie, and how many more articles quote X.
 */
final class SpeechAnswers {
  static final int MAX_SENTENCES = 6;
  static final int MAX_ARTICLES = 3;

  private final SpeechModel model;

  SpeechAnswers(SpeechModel model) {
    this.model = model;
  }

  /** What one article has of the source's words. */
  private record Found(IndexedArticle article, List<Integer> sentences, double best, String who) {}

  Answer answer(List<IndexedArticle> scope, Question q) {
    List<Found> found = new ArrayList<>();
    List<String> mentionedButSilent = new ArrayList<>();
    for (IndexedArticle a : scope) {
      SpeechTarget target = SpeechTarget.of(a, q.targetAsWritten());
      Map<Integer, List<String>> features = SpeechFeatures.of(a, target);
      Map<Integer, Double> p = model.probabilities(features);
      if (described(q) && !target.entities().isEmpty()) {
        // "the analyst": the model learned named sources only; the analysis knows who holds a role
        p.keySet().removeIf(n -> !SpeechFeatures.ruled(features.get(n)));
      }
      onTopic(a, p, q.topic());
      List<Integer> sentences = model.cite(p, MAX_SENTENCES);
      String who =
          target.entities().isEmpty() ? q.targetAsWritten() : target.entities().get(0).display();
      if (sentences.isEmpty()) {
        target.entities().forEach(e -> mentionedButSilent.add(e.display()));
      } else {
        double best = sentences.stream().mapToDouble(p::get).max().orElse(0);
        found.add(new Found(a, sentences, best, who));
      }
    }
    if (!found.isEmpty()) {
      return answer(found, scope.size() > 1, q.targetAsWritten());
    }
    String who = q.target().isBlank() ? "that person" : q.targetAsWritten();
    String message =
        mentionedButSilent.isEmpty()
            ? notQuoted(scope, "The article does not quote " + who + ".")
            : notQuoted(
                scope,
                "The article mentions "
                    + String.join(", ", new LinkedHashSet<>(mentionedButSilent))
                    + " but does not say what they said"
                    + (q.topic().isBlank() ? "." : " about " + q.topic() + "."));
    return Answer.notFound(message);
  }

  private static Answer answer(List<Found> found, boolean multi, String asked) {
    List<Found> ranked =
        new ArrayList<>(found); // scope order is newest first: a stable sort keeps it
    ranked.sort(Comparator.comparingDouble(Found::best).reversed());
    AnswerBuilder out = new AnswerBuilder();
    int left = MAX_SENTENCES;
    for (Found f : ranked.subList(0, Math.min(MAX_ARTICLES, ranked.size()))) {
      if (left == 0) {
        break;
      }
      if (multi) {
        out.line("In \"" + f.article().article().title() + "\":");
      }
      out.line(f.who() + ":");
      List<Integer> shown = f.sentences().subList(0, Math.min(left, f.sentences().size()));
      shown.forEach(n -> out.cite(f.article().article(), n));
      left -= shown.size();
    }
    int more = ranked.size() - Math.min(MAX_ARTICLES, ranked.size());
    if (more > 0) {
      out.line(
          more
              + (more == 1 ? " more article quotes " : " more articles quote ")
              + asked
              + ": list them with /articles and ask with /use N.");
    }
    return out.build();
  }

  /** A source asked about by role or description, with no capital: "the union chairwoman". */
  private static boolean described(Question q) {
    return q.targetAsWritten().chars().noneMatch(Character::isUpperCase);
  }

  /** "What did X say about Ukraine": only sentences that share a term with the topic. */
  private static void onTopic(IndexedArticle a, Map<Integer, Double> p, String topic) {
    if (!topic.isBlank()) {
      Set<String> terms = a.index().terms(topic);
      p.keySet().removeIf(n -> a.index().sentenceTerms(n).stream().noneMatch(terms::contains));
    }
  }

  /** A not-found message that says who is quoted instead. */
  static String notQuoted(List<IndexedArticle> scope, String lead) {
    Map<String, Boolean> speakers = new LinkedHashMap<>();
    for (IndexedArticle a : scope) {
      for (Entity e : a.analysis().speeches().keySet()) {
        if (e.kind() != dev.briefing.core.entity.EntityKind.GROUP) {
          speakers.put(e.display(), true);
        }
      }
    }
    if (speakers.isEmpty()) {
      return lead + " It quotes no one.";
    }
    List<String> names = new ArrayList<>(speakers.keySet());
    if (names.size() > 8) {
      names = names.subList(0, 8);
    }
    return lead + " It quotes: " + String.join("; ", names) + ".";
  }
}
