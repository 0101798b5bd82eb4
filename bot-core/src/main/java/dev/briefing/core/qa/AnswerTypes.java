package dev.briefing.core.qa;

import dev.briefing.core.analysis.Mention;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.qa.Question.Expected;
import dev.briefing.core.text.Lexicon;
import java.util.List;
import java.util.Set;

/** Whether a sentence holds the kind of fact a question expects: a date, a place, an amount. */
final class AnswerTypes {
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "from", "outside", "inside", "across");
  private static final Set<String> DURATION_WORDS =
      Set.of(
          "year", "month", "week", "day", "hour", "minute", "decade", "until", "through", "since",
          "for");

  private AnswerTypes() {}

  static boolean matches(Expected expected, TaggedSentence s, List<Mention> mentions) {
    return switch (expected) {
      case ANY, NAMED -> false;
      case TIME -> hasTime(s);
      case DURATION ->
          hasNumber(s) && s.tokens().stream().anyMatch(t -> DURATION_WORDS.contains(t.lemma()));
      case PLACE -> hasPlace(s);
      case MONEY -> hasMoney(s);
      case COUNT -> hasNumber(s);
      case REASON ->
          s.tokens().stream()
                  .anyMatch(
                      t -> Lexicon.REASON_WORDS.contains(t.lower()) && !t.lower().equals("as"))
              || s.text().toLowerCase(java.util.Locale.ROOT).contains(" as ");
      case PERSON -> mentions.stream().anyMatch(m -> m.entity().kind() == EntityKind.PERSON);
    };
  }

  /** "the Eastbrook, Millbank and Pine Hollow branches": proper names right before the noun. */
  static boolean namesBefore(TaggedSentence s, String noun) {
    for (int i = 1; i < s.size(); i++) {
      if (dev.briefing.core.entity.Names.normalize(s.get(i).text()).equals(noun)) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
          if (s.get(k).tag().startsWith("PROPN") && s.get(k).isCapitalized()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  static boolean hasTime(TaggedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.get(i);
      String w = t.lower().replaceAll("['’]s$", "");
      if (Lexicon.MONTHS.contains(w)
          || w.matches("(1[5-9]|20)\\d\\d(s)?")
          || w.matches("\\d{1,2}:\\d\\d")) {
        return true;
      }
      if (Lexicon.TIME_WORDS.contains(w) && !w.equals("year") && !w.equals("years")) {
        return true;
      }
    }
    return false;
  }

  static boolean hasPlace(TaggedSentence s) {
    for (int i = 0; i + 1 < s.size(); i++) {
      if (PLACE_PREPOSITIONS.contains(s.get(i).lower())) {
        Token next =
            s.get(i + 1).lower().equals("the") && i + 2 < s.size() ? s.get(i + 2) : s.get(i + 1);
        if ((next.tag().startsWith("PROPN") || next.tag().startsWith("ADJ"))
            && next.isCapitalized()
            && !Lexicon.MONTHS.contains(next.lower())
            && !Lexicon.TIME_WORDS.contains(next.lower())) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean hasMoney(TaggedSentence s) {
    boolean number = false;
    boolean unit = false;
    for (Token t : s.tokens()) {
      String w = t.lower();
      number |= t.tag().startsWith("NUM") || w.matches("[$€£¥]?\\d[\\d.,]*[a-z%]*");
      unit |=
          w.startsWith("$")
              || w.startsWith("€")
              || w.startsWith("£")
              || w.startsWith("¥")
              || Lexicon.CURRENCY_UNITS.contains(w);
    }
    return number && unit;
  }

  static boolean hasNumber(TaggedSentence s) {
    for (Token t : s.tokens()) {
      if (t.tag().startsWith("NUM")
          || t.text().matches("\\d[\\d.,]*")
          || Lexicon.NUMBER_WORDS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }
}
