package dev.briefing.core.entity;

/** Grammatical gender learned from titles and pronouns, used to resolve he and she. */
public enum Gender {
  UNKNOWN,
  FEMALE,
  MALE
}
