package dev.briefing.core.entity;

/** What an entity is, as far as the text tells. */
public enum EntityKind {
  /** A person: named with a title or role, or speaking and referred to as he or she. */
  PERSON,
  /** A named organisation: an acronym, or a name ending in an organisation word. */
  ORGANIZATION,
  /** A common-noun speaker such as "the transport union" or "analysts". */
  GROUP,
  /** A proper name not known to be a person or organisation: a place, an event, a country. */
  NAME
}
