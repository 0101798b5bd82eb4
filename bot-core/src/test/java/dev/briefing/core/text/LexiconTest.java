package dev.briefing.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {

  /** Every public static Set of Lexicon, so a list added later is checked without editing this. */
  private static List<Field> lists() {
    return Arrays.stream(Lexicon.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == Set.class)
        .toList();
  }

  @Test
  void everyListLoadsAndIsNonEmpty() throws IllegalAccessException {
    assertThat(lists()).hasSize(17);
    for (Field f : lists()) {
      assertThat((Set<?>) f.get(null)).as(f.getName()).isNotEmpty();
    }
  }

  @Test
  void everyEntryIsLowerCaseBecauseCallersLookUpLowerCasedWordsAndLemmas()
      throws IllegalAccessException {
    for (Field f : lists()) {
      @SuppressWarnings("unchecked")
      Set<String> words = (Set<String>) f.get(null);
      assertThat(words)
          .as(f.getName())
          .allSatisfy(w -> assertThat(w).isEqualTo(w.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void listsKeepEntriesThatWereRepeatedInTheJavaSource() {
    assertThat(Lexicon.TITLE_WORDS).contains("justice", "captain", "officer").hasSize(163);
    assertThat(Lexicon.SPEECH_VERBS).contains("announce", "insist").hasSize(101);
    assertThat(Lexicon.MONEY_WORDS).contains("$", "€", "£", "¥");
  }

  @Test
  void weakSpeechVerbsAreSpeechVerbs() {
    assertThat(Lexicon.SPEECH_VERBS).containsAll(Lexicon.WEAK_SPEECH_VERBS);
  }

  @Test
  void recognisesAcronyms() {
    assertThat(Lexicon.isAcronym("NATO")).isTrue();
    assertThat(Lexicon.isAcronym("U.S.")).isTrue();
    assertThat(Lexicon.isAcronym("Nato")).isFalse();
  }
}
