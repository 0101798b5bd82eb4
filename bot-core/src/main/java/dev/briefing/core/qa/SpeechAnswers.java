package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.model.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Answers "what did X say": only sentences in which X speaks, quotations whole. */
final class SpeechAnswers {
  static final int MAX_SENTENCES = 6;

  Answer answer(List<IndexedArticle> scope, Question q) {
    AnswerBuilder out = new AnswerBuilder();
    List<String> mentionedButSilent = new ArrayList<>();
    boolean multi = scope.size() > 1;
    for (IndexedArticle a : scope) {
      Map<Entity, TreeMap<Integer, Boolean>> speeches = a.analysis().speeches();
      List<Entity> matched = EntityMatcher.best(a.analysis().entities().all(), q.target());
      boolean headerDone = false;
      for (Entity e : matched) {
        List<Integer> sentences = select(a, speeches.getOrDefault(e, new TreeMap<>()), q.topic());
        sentences = sentences.stream().filter(n -> !out.cites(a.article(), n)).toList();
        if (sentences.isEmpty()) {
          mentionedButSilent.add(e.display());
          continue;
        }
        if (multi && !headerDone) {
          out.line("In \"" + a.article().title() + "\":");
          headerDone = true;
        }
        out.line(e.display() + ":");
        sentences.forEach(n -> out.cite(a.article(), n));
      }
    }
    if (!out.isEmpty()) {
      return out.build();
    }
    String who = q.target().isBlank() ? "that person" : asWritten(q);
    String message =
        mentionedButSilent.isEmpty()
            ? notQuoted(scope, "The article does not quote " + who + ".")
            : notQuoted(
                scope,
                "The article mentions "
                    + String.join(", ", mentionedButSilent)
                    + " but does not say what they said"
                    + (q.topic().isBlank() ? "." : " about " + q.topic() + "."));
    return Answer.notFound(message);
  }

  private static List<Integer> select(
      IndexedArticle a, TreeMap<Integer, Boolean> said, String topic) {
    List<Integer> sentences = new ArrayList<>(said.keySet());
    if (!topic.isBlank()) {
      Set<String> terms = a.index().terms(topic);
      sentences.removeIf(n -> a.index().sentenceTerms(n).stream().noneMatch(terms::contains));
    }
    return sentences.size() > MAX_SENTENCES ? sentences.subList(0, MAX_SENTENCES) : sentences;
  }

  /** The target as the user wrote it ("Angela Merkel", not "angela merkel"). */
  private static String asWritten(Question q) {
    String text = q.text().replace('’', '\'');
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(q.target());
    return at < 0 ? q.target() : text.substring(at, at + q.target().length());
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
