package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.Gender;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.Set;

/**
 * Finds the roles the article gives a name: lower-case words before it ("opposition councillor Piet
 * Ortiz"), an appositive before or after it ("Its chairwoman, Dr. Rosa Almeida,", "Lena Holt, a
 * semiconductor analyst at Brandt Bank,"), and the gender its titles imply.
 */
final class RoleFinder {
  private static final Set<String> RELATIVE =
      Set.of("who", "which", "whose", "where", "when", "that");

  /** Punctuation that ends a role or appositive; "and" ends one too. */
  private static final Set<String> BOUNDARIES = Set.of(",", ".", ";", ":", "—");

  private final Discourse discourse;

  RoleFinder(Discourse discourse) {
    this.discourse = discourse;
  }

  /** Lower-case role words right before a name: "opposition councillor Luis Ortiz". */
  void roleBefore(int number, TaggedSentence s, int start, Entity e) {
    int k = start - 1;
    while (k >= 0
        && (s.get(k).tag().startsWith("NOUN") || s.get(k).tag().startsWith("ADJ"))
        && !s.get(k).text().contains("'")) {
      k--;
    }
    if (k + 1 < start && Words.isRoleNoun(s.get(start - 1))) {
      e.addRole(Words.text(s, k + 1, start), number, Set.of());
      learnGender(e, Words.text(s, k + 1, start));
      e.promote(EntityKind.PERSON);
    }
  }

  /** "Its chairwoman, Dr. Rosa Almeida, said": a role before the name, set off by a comma. */
  void appositiveBefore(int number, TaggedSentence s, int start, Entity e) {
    if (start < 2 || !s.get(start - 1).text().equals(",")) {
      return;
    }
    int end = start - 1;
    int k = end - 1;
    while (k >= 0 && end - k <= 6 && !isBoundary(s.get(k))) {
      k--;
    }
    int from = k + 1;
    if (from >= end || !Words.isRoleNoun(s.get(end - 1)) || !startsNounPhrase(s.get(from))) {
      return;
    }
    for (int i = from; i < end; i++) {
      if (Words.isVerb(s.get(i))) {
        return;
      }
    }
    e.addRole(Words.text(s, from, end), number, ownerTokens(s.get(from)));
    learnGender(e, Words.text(s, from, end));
    e.promote(EntityKind.PERSON);
  }

  /** "Lena Holt, a semiconductor analyst at Brandt Bank,": a role after the name. */
  void appositiveAfter(int number, TaggedSentence s, int end, Entity e) {
    if (end + 1 >= s.size() || !s.get(end).text().equals(",")) {
      return;
    }
    if (end + 2 < s.size()
        && s.get(end + 1).text().matches("\\d{1,3}")
        && (s.get(end + 2).text().equals(",") || s.get(end + 2).text().equals("."))) {
      e.promote(EntityKind.PERSON); // "Derek Vance, 46,": an age
      return;
    }
    int from = end + 1;
    Token first = s.get(from);
    if (RELATIVE.contains(first.lower()) || !(startsNounPhrase(first) || Words.isTitle(first))) {
      return;
    }
    int k = from;
    boolean role = false;
    while (k < s.size() && k - from < 16 && !isBoundary(s.get(k)) && !Words.isQuote(s.get(k))) {
      if (k > from && RELATIVE.contains(s.get(k).lower())) {
        break; // "a glaciologist at Durham University who led the study"
      }
      if (s.get(k).tag().startsWith("VERB")) {
        return;
      }
      role |= Words.isRoleNoun(s.get(k));
      k++;
    }
    if (!role || k == from) {
      return;
    }
    int textFrom = Set.of("a", "an", "the").contains(first.lower()) ? from + 1 : from;
    e.addRole(Words.text(s, textFrom, k), number, ownerTokens(first));
    learnGender(e, Words.text(s, from, k));
    if (e.kind() == EntityKind.NAME) {
      e.promote(EntityKind.PERSON);
    }
  }

  private Set<String> ownerTokens(Token first) {
    String lower = first.lower();
    if ((lower.equals("its") || lower.equals("their")) && discourse.organization() != null) {
      Entity owner = discourse.organization();
      java.util.Set<String> tokens = new java.util.HashSet<>(owner.nameTokens());
      tokens.addAll(owner.roleTokens());
      return tokens;
    }
    return Set.of();
  }

  static boolean startsNounPhrase(Token t) {
    return t.hasTag("DET", "PRON", "NOUN", "ADJ", "PROPN", "NUM");
  }

  static boolean isBoundary(Token t) {
    return BOUNDARIES.contains(t.text()) || t.text().equalsIgnoreCase("and");
  }

  static void learnGender(Entity e, String roleText) {
    for (String w : roleText.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
      if (Lexicon.FEMALE_CUES.contains(w)) {
        e.learnGender(Gender.FEMALE);
      } else if (Lexicon.MALE_CUES.contains(w) && !w.equals("his") && !w.equals("he")) {
        e.learnGender(Gender.MALE);
      }
    }
  }
}
