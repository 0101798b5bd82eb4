package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.model.Answer;
import java.util.List;

/** Answers "who is mentioned" and "who is quoted". */
final class MentionedAnswers {
  Answer mentioned(List<IndexedArticle> scope) {
    AnswerBuilder out = new AnswerBuilder();
    for (IndexedArticle a : scope) {
      List<Entity> people =
          a.analysis().namedEntities().stream().filter(Entity::isPersonLike).toList();
      List<Entity> organizations =
          a.analysis().namedEntities().stream()
              .filter(e -> e.kind() == EntityKind.ORGANIZATION)
              .toList();
      if (!people.isEmpty()) {
        out.line(
            "People: " + String.join("; ", people.stream().map(Entity::display).toList()) + ".");
      }
      if (!organizations.isEmpty()) {
        out.line(
            "Organisations: "
                + String.join("; ", organizations.stream().map(Entity::name).toList())
                + ".");
      }
      people.stream()
          .map(e -> introduction(e))
          .distinct()
          .sorted()
          .limit(6)
          .forEach(n -> out.cite(a.article(), n));
    }
    return out.isEmpty() ? Answer.notFound("The article names no people.") : out.build();
  }

  Answer quoted(List<IndexedArticle> scope) {
    AnswerBuilder out = new AnswerBuilder();
    for (IndexedArticle a : scope) {
      var speeches = a.analysis().speeches();
      List<Entity> speakers =
          speeches.keySet().stream().filter(e -> e.kind() != EntityKind.GROUP).toList();
      if (speakers.isEmpty()) {
        continue;
      }
      out.line(
          "Quoted: " + String.join("; ", speakers.stream().map(Entity::display).toList()) + ".");
      speakers.stream()
          .map(e -> speeches.get(e).firstKey())
          .distinct()
          .sorted()
          .limit(6)
          .forEach(n -> out.cite(a.article(), n));
    }
    return out.isEmpty() ? Answer.notFound("The article quotes no one.") : out.build();
  }

  private static int introduction(Entity e) {
    return e.roles().isEmpty() ? Math.max(1, e.firstSentence()) : e.roles().get(0).sentence();
  }
}
