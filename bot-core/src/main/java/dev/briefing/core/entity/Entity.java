package dev.briefing.core.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person, organisation or group the article mentions, with every way the article names it.
 * Mutable while an article is analyzed, read-only afterwards.
 */
public final class Entity {
  private final int id;
  private EntityKind kind;
  private String name;
  private final Set<String> nameTokens = new LinkedHashSet<>();
  private final List<Role> roles = new ArrayList<>();
  private final Set<String> roleTokens = new LinkedHashSet<>();
  private final int firstSentence;
  private Gender gender = Gender.UNKNOWN;
  private boolean definite;
  private Entity sameAs;

  /**
   * A role as the article words it.
   *
   * @param text the phrase verbatim, e.g. "UN Secretary General"
   * @param sentence the sentence number that gives it
   */
  public record Role(String text, int sentence) {}

  Entity(int id, EntityKind kind, String name, int firstSentence) {
    this.id = id;
    this.kind = kind;
    this.firstSentence = firstSentence;
    rename(name);
  }

  public int id() {
    return id;
  }

  public EntityKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Set<String> nameTokens() {
    return nameTokens;
  }

  public List<Role> roles() {
    return roles;
  }

  public Set<String> roleTokens() {
    return roleTokens;
  }

  public int firstSentence() {
    return firstSentence;
  }

  public Gender gender() {
    return gender;
  }

  /** The name with its first role, e.g. "Ana Costa (UN Secretary General)". */
  public String display() {
    return roles.isEmpty() ? name : name + " (" + roles.get(0).text() + ")";
  }

  public void promote(EntityKind newKind) {
    if (kind == EntityKind.NAME || (kind == EntityKind.GROUP && newKind != EntityKind.NAME)) {
      kind = newKind;
    }
  }

  public void rename(String newName) {
    if (name == null || newName.length() > name.length()) {
      name = newName;
    }
    for (String t : newName.split("\\s+")) {
      nameTokens.add(Names.normalize(t));
    }
  }

  /** A person, or a two-word name that reads like one ("Derek Vance, 46,"): not "the" X. */
  public boolean isPersonLike() {
    return kind == EntityKind.PERSON
        || (kind == EntityKind.NAME && nameTokens.size() >= 2 && !definite);
  }

  /** Named with "the" ("the United States"): a place or body, not a person. */
  public boolean isDefinite() {
    return definite;
  }

  /** The entity this one turned out to be ("the library director" is Helen Marsh), or null. */
  public Entity sameAs() {
    return sameAs;
  }

  public void markSameAs(Entity other) {
    sameAs = other;
  }

  public void markDefinite() {
    definite = true;
  }

  /** Another word the article uses for this entity's role ("the company"). */
  public void aliasRole(String word) {
    roleTokens.add(Names.normalize(word));
  }

  public void alias(String word) {
    nameTokens.add(Names.normalize(word));
  }

  public void addRole(String text, int sentence, Set<String> extraTokens) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return;
    }
    if (roles.stream().noneMatch(r -> r.text().equalsIgnoreCase(trimmed))) {
      roles.add(new Role(trimmed, sentence));
    }
    for (String t : trimmed.split("[\\s,()]+")) {
      String n = Names.normalize(t);
      if (!n.isEmpty()) {
        roleTokens.add(n);
        roleTokens.addAll(Names.expandRole(n));
      }
    }
    roleTokens.addAll(extraTokens);
  }

  public void learnGender(Gender g) {
    if (gender == Gender.UNKNOWN) {
      gender = g;
    }
  }

  @Override
  public String toString() {
    return kind + ":" + display();
  }
}
