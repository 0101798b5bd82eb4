package dev.briefing.core.text;

import java.util.Set;

/**
 * Closed word lists of news English: titles, organisation words, speech verbs, time words. The
 * lists live in resource files beside this class (one per field, e.g. {@code title-words.txt}),
 * read by {@link WordList}.
 */
public final class Lexicon {
  private Lexicon() {}

  /** Words that make up titles and roles ("Secretary General", "Chief Financial Officer"). */
  public static final Set<String> TITLE_WORDS = WordList.load("title-words.txt");

  /** Title words that on their own name a role (not mere modifiers such as "foreign"). */
  public static final Set<String> ROLE_HEADS = WordList.load("role-heads.txt");

  /** Honorifics that precede a name and are not part of it. */
  public static final Set<String> HONORIFICS = WordList.load("honorifics.txt");

  public static final Set<String> FEMALE_CUES = WordList.load("female-cues.txt");

  public static final Set<String> MALE_CUES = WordList.load("male-cues.txt");

  /** Last words of organisation names. */
  public static final Set<String> ORG_WORDS = WordList.load("org-words.txt");

  /** Common nouns that name organisations when used as a speaker ("the company said"). */
  public static final Set<String> ORG_NOUNS = WordList.load("org-nouns.txt");

  /** Verbs (by lemma) that report speech or a stated position. */
  public static final Set<String> SPEECH_VERBS = WordList.load("speech-verbs.txt");

  /** Speech verbs that also have common non-speech readings; they need a "that"/quote/object. */
  public static final Set<String> WEAK_SPEECH_VERBS = WordList.load("weak-speech-verbs.txt");

  public static final Set<String> MONTHS = WordList.load("months.txt");

  public static final Set<String> TIME_WORDS = WordList.load("time-words.txt");

  public static final Set<String> MONEY_WORDS = WordList.load("money-words.txt");

  /** Words that make a number an amount: currencies, their codes, "percent". */
  public static final Set<String> CURRENCY_UNITS = WordList.load("currency-units.txt");

  public static final Set<String> REASON_WORDS = WordList.load("reason-words.txt");

  public static final Set<String> NUMBER_WORDS = WordList.load("number-words.txt");

  public static final Set<String> PERSON_PRONOUNS = WordList.load("person-pronouns.txt");

  public static final Set<String> PLURAL_PRONOUNS = WordList.load("plural-pronouns.txt");

  public static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    int upper = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
        return false;
      }
    }
    return upper >= 2;
  }
}
