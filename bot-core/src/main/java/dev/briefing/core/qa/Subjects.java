package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a question is about, as the question names them: the person and the organisation a later "he"
 * or "they" refers to. The asked source or person of a speech or who-is question comes first, then
 * the question's other names; each counts only when an article knows it, and its kind (a person, or
 * an organisation, group, country) is what the article's analysis found.
 */
final class Subjects {
  /** A run of capitalized words: "Ana Costa", "ECB", "State Department" as written. */
  private static final Pattern NAME_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}.&-]*(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}.&-]*(?:['’]s)?)*");

  private Subjects() {}

  /**
   * @param person the person, as the question writes them
   * @param organisation the organisation, country or group, as the question writes it
   */
  record Subject(Optional<String> person, Optional<String> organisation) {
    static final Subject NONE = new Subject(Optional.empty(), Optional.empty());

    Subject with(String written, Entity entity) {
      if (entity.isPersonLike()) {
        return person.isPresent() ? this : new Subject(Optional.of(written), organisation);
      }
      return organisation.isPresent() ? this : new Subject(person, Optional.of(written));
    }
  }

  static Subject of(List<IndexedArticle> scope, Question q) {
    Subject subject = Subject.NONE;
    boolean sourced = q.kind() == Question.Kind.SPEECH || q.kind() == Question.Kind.WHO_IS;
    String target = sourced ? q.targetAsWritten().strip() : "";
    if (!target.isEmpty()) {
      Optional<Entity> entity = entity(CorpusSelection.naming(scope, q.target()), q.target());
      if (entity.isPresent()) {
        subject = subject.with(target, entity.get());
      }
    }
    String text = q.text() == null ? "" : q.text();
    Matcher m = NAME_RUN.matcher(text);
    while (m.find()) {
      String name = m.group().replaceAll("['’]s$", "");
      if (m.start() == 0) { // the question's first word has its capital anyway: "Did Costa…"
        int space = name.indexOf(' ');
        name = space < 0 ? "" : name.substring(space + 1).strip();
      }
      if (name.isEmpty() || target.contains(name)) {
        continue;
      }
      Optional<Entity> entity = entity(CorpusSelection.naming(scope, name), name);
      if (entity.isPresent()) {
        subject = subject.with(name, entity.get());
      }
    }
    return subject;
  }

  /** The entity the newest article that knows {@code name} takes it to be. */
  private static Optional<Entity> entity(List<IndexedArticle> scope, String name) {
    for (IndexedArticle a : scope) {
      List<Entity> best = EntityMatcher.best(a.analysis().entities().all(), name);
      if (!best.isEmpty()) {
        return Optional.of(best.get(0));
      }
    }
    return Optional.empty();
  }
}
