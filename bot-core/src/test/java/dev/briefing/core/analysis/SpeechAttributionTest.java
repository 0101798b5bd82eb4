package dev.briefing.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.SharedCore;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.qa.IndexedArticle;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who speaks in which sentence, for the attribution patterns of news English. */
class SpeechAttributionTest {
  private static Map<String, Set<Integer>> speeches(String text) {
    IndexedArticle a = (IndexedArticle) SharedCore.analyzed(text);
    Map<String, Set<Integer>> out = new TreeMap<>();
    for (Map.Entry<Entity, TreeMap<Integer, Boolean>> e : a.analysis().speeches().entrySet()) {
      out.put(e.getKey().name(), e.getValue().keySet().stream().collect(Collectors.toSet()));
    }
    return out;
  }

  @Test
  void attributesQuoteBeforeSpeakerAndSpeakerBeforeQuote() {
    Map<String, Set<Integer>> s =
        speeches(
            "Title\n\nHealth Minister Ana Costa opened the clinic.\n\n"
                + "\"This is a good day,\" Costa said.\n\n"
                + "Opposition leader Tomas Berg said: \"It is too little, too late.\"");
    assertThat(s.get("Ana Costa")).containsExactly(3);
    assertThat(s.get("Tomas Berg")).containsExactly(4);
  }

  @Test
  void attributesInvertedSaidWithAppositiveAndPronounAdded() {
    Map<String, Set<Integer>> s =
        speeches(
            "Title\n\n\"Prices will rise,\" said Lena Ortiz, an economist at Brandt Bank. "
                + "\"Nobody can stop that,\" she added.");
    assertThat(s.get("Lena Ortiz")).containsExactlyInAnyOrder(2, 3);
  }

  @Test
  void attributesEverySentenceOfAQuoteSpanningSentences() {
    Map<String, Set<Integer>> s =
        speeches(
            "Title\n\nCoach Mia Lund was calm. \"We lost. We learn. We come back,\" Lund told reporters.");
    assertThat(s.get("Mia Lund")).containsExactlyInAnyOrder(3, 4, 5);
  }

  @Test
  void letsOrganisationsSpeakAndResolvesTheCompany() {
    Map<String, Set<Integer>> s =
        speeches(
            "Title\n\nVelta Corp. cut 300 jobs on Monday. The company said demand had weakened."
                + " According to the ministry, exports fell.");
    assertThat(s.get("Velta Corp.")).containsExactly(3);
    assertThat(s.keySet()).anyMatch(k -> k.contains("ministry"));
  }

  @Test
  void reportedSpeechWithRelativeClauseBeforeTheVerb() {
    Map<String, Set<Integer>> s =
        speeches(
            "Title\n\nMayor Rita Holm, who faces re-election, said the budget was balanced."
                + " Councillor Omar Said warned that taxes would rise.");
    assertThat(s.get("Rita Holm")).containsExactly(2);
    assertThat(s.get("Omar Said")).containsExactly(3);
  }

  @Test
  void passiveAndNounUsesOfSpeechWordsAreNotSpeech() {
    Map<String, Set<Integer>> s =
        speeches(
            "Title\n\nJonas Ek spoke first. Ek's remarks were described as bold. "
                + "The plan is expected to cost $2 million.");
    assertThat(s.getOrDefault("Jonas Ek", Set.of())).doesNotContain(3, 4);
  }
}
