package dev.briefing.core.qa;

import dev.briefing.core.analysis.Mention;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.model.Answer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Answers "who is X" with the sentences that introduce X and give X's role. */
final class WhoIsAnswers {
  /** Empty when no article names such an entity, so the question can be tried as a fact. */
  Optional<Answer> answer(List<IndexedArticle> scope, Question q) {
    AnswerBuilder out = new AnswerBuilder();
    for (IndexedArticle a : scope) {
      for (Entity e : EntityMatcher.best(a.analysis().entities().all(), q.target())) {
        if (e.kind() == EntityKind.NAME && e.roles().isEmpty()) {
          continue;
        }
        Set<Integer> sentences = new LinkedHashSet<>();
        e.roles().forEach(r -> sentences.add(r.sentence()));
        if (sentences.isEmpty()) {
          sentences.add(firstMention(a, e));
        }
        String roles =
            String.join(
                "; ", e.roles().stream().map(Entity.Role::text).distinct().limit(3).toList());
        out.line(roles.isEmpty() ? e.name() + ":" : e.name() + ": " + roles + ".");
        sentences.stream().sorted().limit(2).forEach(n -> out.cite(a.article(), n));
      }
    }
    return out.isEmpty() ? Optional.empty() : Optional.of(out.build());
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
