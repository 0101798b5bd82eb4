package dev.briefing.core.analysis;

import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Token tests shared by the analysis steps. */
final class Words {
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "to", "de", "del", "da", "van", "von", "der", "le", "la", "al", "bin", "&");
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "''", "``", "‘", "’");
  private static final Set<String> OPENERS = Set.of("\"", "“", "‘", "'", "(", "[", "—", "-", "–");

  private static final Set<String> FUNCTION_TAGS =
      Set.of("DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "PART", "INTJ", "PUNCT", "SYM");

  private Words() {}

  static boolean isTitle(Token t) {
    return Lexicon.TITLE_WORDS.contains(t.lower())
        || Lexicon.HONORIFICS.contains(t.lower())
        || (t.isCapitalized() && t.tag().startsWith("NOUN") && isRoleNoun(t));
  }

  static boolean isOrgWord(Token t) {
    return Lexicon.ORG_WORDS.contains(t.lower());
  }

  static boolean isConnector(Token t) {
    return CONNECTORS.contains(t.lower());
  }

  static boolean isQuote(Token t) {
    return QUOTES.contains(t.text());
  }

  static boolean sentenceInitial(TaggedSentence s, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (!OPENERS.contains(s.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /** A capitalized word that can belong to a name, title or organisation. */
  static boolean isProperish(TaggedSentence s, int i) {
    Token t = s.get(i);
    if (!t.isCapitalized() || t.text().equals("I")) {
      return false;
    }
    String lower = t.lower();
    if (Lexicon.MONTHS.contains(lower) || WEEKDAYS.contains(lower)) {
      return false;
    }
    if (Lexicon.isAcronym(t.text())) {
      return true;
    }
    if (sentenceInitial(s, i)) {
      boolean pluralNoun =
          !t.lemma().equals(lower) && lower.endsWith("s") && !lower.matches(".*['’]s");
      return (t.tag().startsWith("PROPN") && !pluralNoun)
          || isTitle(t)
          || (i + 1 < s.size()
              && s.get(i + 1).isCapitalized()
              && !Words.isQuote(s.get(i + 1))
              && !FUNCTION_TAGS.contains(t.tag()));
    }
    return t.hasTag("PROPN", "NOUN", "ADJ", "X", "VERB", "NUM");
  }

  /** Agent nouns and role words: "owner", "analyst", "councillor", "spokeswoman". */
  static boolean isRoleNoun(Token t) {
    String lower = t.lower();
    String lemma = t.lemma();
    if (Lexicon.ROLE_HEADS.contains(lower) || Lexicon.ROLE_HEADS.contains(lemma)) {
      return true;
    }
    if (!t.tag().startsWith("NOUN")) {
      return false;
    }
    // agent nouns ("owner", "supervisor", "economist"), not "statement", "number", "weather",
    // "disaster"
    return lemma.matches(".{3,}(er|or|ist|ian|ant|ent|man|woman|person|ee)")
        && !lemma.matches(".*(ment|mber|ther|ster)");
  }

  static boolean isVerb(Token t) {
    return t.hasTag("VERB", "AUX");
  }

  /** The words of tokens {@code from} to {@code to}, without possessive endings. */
  static List<String> nameWords(TaggedSentence s, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String w = s.get(i).text().replaceAll("['’]s$", "");
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /** The sentence text from token {@code from} to the end of token {@code to - 1}. */
  static String text(TaggedSentence s, int from, int to) {
    return s.text().substring(s.get(from).start(), s.get(to - 1).end());
  }
}
