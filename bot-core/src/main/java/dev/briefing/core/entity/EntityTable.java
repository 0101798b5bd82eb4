package dev.briefing.core.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The entities of one article, looked up by name as the analysis meets them. */
public final class EntityTable {
  private final List<Entity> entities = new ArrayList<>();

  public Entity create(EntityKind kind, String name, int sentence) {
    Entity e = new Entity(entities.size(), kind, name, sentence);
    entities.add(e);
    return e;
  }

  public List<Entity> all() {
    return Collections.unmodifiableList(entities);
  }

  /** The entity whose name has exactly these words (normalized), most recent first. */
  public Optional<Entity> byName(List<String> words) {
    List<String> wanted = words.stream().map(Names::normalize).toList();
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (List.copyOf(e.nameTokens()).equals(wanted)
          || (e.kind() != EntityKind.GROUP && fullNameEquals(e, wanted))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static boolean fullNameEquals(Entity e, List<String> wanted) {
    List<String> own = List.of(e.name().split("\\s+")).stream().map(Names::normalize).toList();
    return own.equals(wanted);
  }

  /**
   * A person (or organisation) whose name ends with these words: "Costa" for "Jens Costa", "Acme"
   * for "Acme Inc.". The most recently created wins.
   */
  public Optional<Entity> byPartialName(List<String> words) {
    List<String> wanted = words.stream().map(Names::normalize).toList();
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() == EntityKind.GROUP) {
        continue;
      }
      List<String> own = List.of(e.name().split("\\s+")).stream().map(Names::normalize).toList();
      if (own.size() > wanted.size()
          && (own.subList(own.size() - wanted.size(), own.size()).equals(wanted)
              || (e.kind() == EntityKind.ORGANIZATION
                  && own.subList(0, wanted.size()).equals(wanted)))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The entity with this acronym among its role or name words ("ECB"). */
  public Optional<Entity> byAcronym(String acronym) {
    String a = Names.normalize(acronym);
    for (int i = entities.size() - 1; i >= 0; i--) {
      Entity e = entities.get(i);
      if (e.kind() == EntityKind.ORGANIZATION && e.nameTokens().contains(a)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
