package dev.briefing.core.qa;

import dev.briefing.core.analysis.Mention;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.model.Answer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers "who is X" with the sentences that introduce X and give X's role; asked again with those
 * shown ("What else?"), with the other sentences that mention X.
 */
final class WhoIsAnswers {
  /** Sentences cited for each entity. */
  static final int MAX_SENTENCES = 2;

  /** Empty when no article names such an entity, so the question can be tried as a fact. */
  Optional<Answer> answer(List<IndexedArticle> scope, Question q) {
    return answer(scope, q, Shown.NONE).map(Answered::answer);
  }

  /**
   * As above, without the sentences already {@code shown}; more when other sentences mention the
   * entities. Present (though perhaps not found) whenever an article names such an entity.
   */
  Optional<Answered> answer(List<IndexedArticle> scope, Question q, Shown shown) {
    AnswerBuilder out = new AnswerBuilder();
    boolean named = false;
    boolean more = false;
    for (IndexedArticle a : scope) {
      for (Entity e : EntityMatcher.best(a.analysis().entities().all(), q.target())) {
        if (e.kind() == EntityKind.NAME && e.roles().isEmpty()) {
          continue;
        }
        named = true;
        Set<Integer> sentences = new LinkedHashSet<>();
        e.roles().forEach(r -> sentences.add(r.sentence()));
        if (sentences.isEmpty()) {
          sentences.add(firstMention(a, e));
        }
        Set<Integer> mentioned = mentions(a, e);
        if (!shown.isEmpty()) {
          sentences.addAll(mentioned);
          sentences.removeIf(n -> shown.contains(a.article(), n));
          if (sentences.isEmpty()) {
            continue;
          }
        }
        String roles =
            String.join(
                "; ", e.roles().stream().map(Entity.Role::text).distinct().limit(3).toList());
        out.line(roles.isEmpty() ? e.name() + ":" : e.name() + ": " + roles + ".");
        List<Integer> cited = sentences.stream().sorted().limit(MAX_SENTENCES).toList();
        cited.forEach(n -> out.cite(a.article(), n));
        mentioned.removeIf(n -> cited.contains(n) || shown.contains(a.article(), n));
        more |= !mentioned.isEmpty() || sentences.size() > cited.size();
      }
    }
    if (!named) {
      return Optional.empty();
    }
    return Optional.of(
        out.isEmpty()
            ? Answered.complete(Answer.notFound("The articles say no more about them."))
            : new Answered(out.build(), more));
  }

  /** The sentences that mention {@code e}, by name or pronoun. */
  private static Set<Integer> mentions(IndexedArticle a, Entity e) {
    Set<Integer> out = new TreeSet<>();
    List<List<Mention>> mentions = a.analysis().mentions();
    for (int i = 0; i < mentions.size(); i++) {
      for (Mention m : mentions.get(i)) {
        if (m.entity() == e) {
          out.add(i + 1);
        }
      }
    }
    return out;
  }

  private static int firstMention(IndexedArticle a, Entity e) {
    List<List<Mention>> mentions = a.analysis().mentions();
    for (int i = 0; i < mentions.size(); i++) {
      for (Mention m : mentions.get(i)) {
        if (m.entity() == e && !m.pronoun()) {
          return i + 1;
        }
      }
    }
    return Math.max(e.firstSentence(), 1);
  }
}
