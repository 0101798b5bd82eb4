package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.model.Answer;
import dev.briefing.core.qa.speech.SpeechFeatures;
import dev.briefing.core.qa.speech.SpeechModel;
import dev.briefing.core.qa.speech.SpeechTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers "what did X say": the sentences in which X speaks, as the learned {@link SpeechModel}
 * ranks them. Over many articles: at most six sentences from at most three articles, the likeliest
 * first and the newest on a tie, one label for one person, and which more articles quote X.
 */
final class SpeechAnswers {
  static final int MAX_SENTENCES = 6;
  static final int MAX_ARTICLES = 3;

  /** More articles named with their id, for {@code /use}; the rest are counted. */
  static final int MAX_LISTED = 3;

  private final SpeechModel model;

  SpeechAnswers(SpeechModel model) {
    this.model = model;
  }

  /**
   * What one article has of the source's words.
   *
   * @param sentences the cited sentences, likeliest first
   * @param entity who the article's analysis takes the source to be, or null when none fits
   * @param asked the source as the question writes it
   * @param available how many sentences of the source's words not yet shown it has in all
   */
  private record Found(
      IndexedArticle article,
      List<Integer> sentences,
      double best,
      Entity entity,
      String asked,
      int available) {
    SpeakerLabels.Speaker speaker() {
      return entity == null
          ? new SpeakerLabels.Speaker(asked, "")
          : SpeakerLabels.Speaker.of(entity);
    }

    String display() {
      return entity == null ? asked : entity.display();
    }
  }

  Answer answer(List<IndexedArticle> scope, Question q) {
    return answer(scope, q, Shown.NONE).answer();
  }

  /**
   * As above, without the sentences already {@code shown}; more when sentences of the source's
   * words are left out for the answer's length.
   */
  Answered answer(List<IndexedArticle> scope, Question q, Shown shown) {
    List<Found> found = new ArrayList<>();
    List<Entity> mentionedButSilent = new ArrayList<>();
    for (IndexedArticle a : scope) {
      SpeechTarget target = SpeechTarget.of(a, q.targetAsWritten());
      Map<Integer, List<String>> features = SpeechFeatures.of(a, target);
      Map<Integer, Double> p = model.probabilities(features);
      if (described(q) && !target.entities().isEmpty()) {
        // "the analyst": the model learned named sources only; the analysis knows who holds a role
        p.keySet().removeIf(n -> !SpeechFeatures.ruled(features.get(n)));
      }
      onTopic(a, p, q.topic());
      // whether the source speaks at all is judged on every sentence, shown or not
      List<Integer> available = new ArrayList<>(model.cite(p, Integer.MAX_VALUE));
      available.removeIf(n -> shown.contains(a.article(), n));
      List<Integer> sentences =
          new ArrayList<>(shown.isEmpty() ? model.cite(p, MAX_SENTENCES) : likeliest(available, p));
      if (sentences.isEmpty()) {
        mentionedButSilent.addAll(target.entities());
      } else {
        sentences.sort(Comparator.comparingDouble((Integer n) -> p.get(n)).reversed());
        Entity who = target.entities().isEmpty() ? null : target.entities().get(0);
        found.add(
            new Found(
                a, sentences, p.get(sentences.get(0)), who, q.targetAsWritten(), available.size()));
      }
    }
    if (!found.isEmpty()) {
      // a large scope reaches here cut to the newest articles that name the source
      boolean cut = scope.size() >= CorpusSelection.NAMED_ARTICLES;
      Answer answer = answer(found, scope.size() > 1, cut, q);
      int available = found.stream().mapToInt(Found::available).sum();
      return new Answered(answer, available > answer.citations().size());
    }
    return Answered.complete(Answer.notFound(notFound(scope, q, mentionedButSilent)));
  }

  /** The {@link #MAX_SENTENCES} likeliest of {@code sentences}, in text order. */
  private static List<Integer> likeliest(List<Integer> sentences, Map<Integer, Double> p) {
    List<Integer> ranked = new ArrayList<>(sentences);
    ranked.sort(Comparator.comparingDouble((Integer n) -> p.get(n)).reversed());
    List<Integer> out = new ArrayList<>(ranked.subList(0, Math.min(MAX_SENTENCES, ranked.size())));
    Collections.sort(out);
    return out;
  }

  private static String notFound(List<IndexedArticle> scope, Question q, List<Entity> silent) {
    String who = q.target().isBlank() ? "that person" : q.targetAsWritten();
    boolean multi = scope.size() > 1;
    if (silent.isEmpty()) {
      return notQuoted(
          scope, (multi ? "No article quotes " : "The article does not quote ") + who + ".");
    }
    List<String> names =
        multi
            ? SpeakerLabels.distinct(silent.stream().map(SpeakerLabels.Speaker::of).toList())
            : List.copyOf(new LinkedHashSet<>(silent.stream().map(Entity::display).toList()));
    return notQuoted(
        scope,
        (multi ? "The articles mention " : "The article mentions ")
            + String.join(", ", names)
            + (multi ? " but do not say" : " but does not say")
            + " what they said"
            + (q.topic().isBlank() ? "." : " about " + q.topic() + "."));
  }

  private static Answer answer(List<Found> found, boolean multi, boolean cut, Question q) {
    // scope order is newest first: a stable sort keeps it among equals
    List<Found> ranked = new ArrayList<>(found);
    ranked.sort(Comparator.comparingDouble(Found::best).reversed());
    List<Found> shown = ranked.subList(0, Math.min(MAX_ARTICLES, ranked.size()));
    List<String> labels =
        multi
            ? SpeakerLabels.of(ranked.stream().map(Found::speaker).toList())
            : List.of(ranked.get(0).display());
    int[] counts = shares(shown);
    AnswerBuilder out = new AnswerBuilder();
    for (int i = 0; i < shown.size(); i++) {
      Found f = shown.get(i);
      if (multi) {
        out.line("In \"" + f.article().article().title() + "\":");
      }
      out.line(labels.get(i) + ":");
      List<Integer> cited = new ArrayList<>(f.sentences().subList(0, counts[i]));
      Collections.sort(cited);
      cited.forEach(n -> out.cite(f.article().article(), n));
    }
    List<Found> rest = ranked.subList(shown.size(), ranked.size());
    if (!rest.isEmpty()) {
      Set<String> people = new LinkedHashSet<>(labels);
      String who = people.size() == 1 ? SpeakerLabels.bare(labels.get(0)) : q.targetAsWritten();
      out.line(more(rest, cut, who));
    }
    return out.build();
  }

  /**
   * How many sentences each shown article gives: turns of one, likeliest article first, so that one
   * talkative article does not crowd out the others.
   */
  private static int[] shares(List<Found> shown) {
    int[] counts = new int[shown.size()];
    int left = MAX_SENTENCES;
    boolean added = true;
    while (left > 0 && added) {
      added = false;
      for (int i = 0; i < shown.size() && left > 0; i++) {
        if (counts[i] < shown.get(i).sentences().size()) {
          counts[i]++;
          left--;
          added = true;
        }
      }
    }
    return counts;
  }

  /**
   * "4 more articles quote X", with the ids that {@code /use} takes, since {@code /articles}
   * numbers every article the chat sees and not these.
   */
  private static String more(List<Found> rest, boolean cut, String who) {
    int n = rest.size();
    StringBuilder line = new StringBuilder(cut ? "At least " : "");
    line.append(n).append(n == 1 ? " more article quotes " : " more articles quote ").append(who);
    line.append(n == 1 ? ". Ask it alone" : ". Ask one of them alone")
        .append(" with /use and its id: ");
    List<String> listed = new ArrayList<>();
    for (Found f : rest.subList(0, Math.min(MAX_LISTED, n))) {
      listed.add("\"" + f.article().article().title() + "\" (" + f.article().article().id() + ")");
    }
    line.append(String.join(", ", listed));
    int others = n - listed.size();
    if (others > 0) {
      line.append(" and ").append(others).append(others == 1 ? " other" : " others");
      line.append("; \"What did ").append(who).append(" say about …?\" narrows them down");
    }
    return line.append('.').toString();
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

  /** A not-found message that says who is quoted instead, each person once over several. */
  static String notQuoted(List<IndexedArticle> scope, String lead) {
    List<SpeakerLabels.Speaker> speakers = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>();
    for (IndexedArticle a : scope) {
      for (Entity e : a.analysis().speeches().keySet()) {
        if (e.kind() != EntityKind.GROUP) {
          speakers.add(SpeakerLabels.Speaker.of(e));
          shown.add(e.display());
        }
      }
    }
    if (speakers.isEmpty()) {
      return lead + (scope.size() > 1 ? " They quote no one." : " It quotes no one.");
    }
    List<String> names = scope.size() > 1 ? SpeakerLabels.distinct(speakers) : List.copyOf(shown);
    if (names.size() > 8) {
      names = names.subList(0, 8);
    }
    return lead
        + (scope.size() > 1 ? " They quote: " : " It quotes: ")
        + String.join("; ", names)
        + ".";
  }
}
