package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFragmentsTest {
  @Test
  void aShortSentenceIsMatchedWholeWithSpacesEncoded() {
    assertThat(TextFragments.directive("We do not want war."))
        .isEqualTo("text=We%20do%20not%20want%20war.");
  }

  @Test
  void encodesDashCommaAndAmpersandWhichTheDirectiveSyntaxUses() {
    assertThat(TextFragments.directive("Cease-fire, talks & trade."))
        .isEqualTo("text=Cease%2Dfire%2C%20talks%20%26%20trade.");
  }

  @Test
  void encodesUnicodeAsUtf8AndCollapsesWhitespace() {
    assertThat(TextFragments.directive("  Russia’s  demands\n in Zürich 😀 "))
        .isEqualTo("text=Russia%E2%80%99s%20demands%20in%20Z%C3%BCrich%20%F0%9F%98%80");
  }

  @Test
  void aLongSentenceIsMatchedByItsFirstAndLastWords() {
    String sentence =
        "In his statement on Friday, the minister said that the West did not answer the main"
            + " demands.";

    assertThat(TextFragments.directive(sentence))
        .isEqualTo(
            "text=In%20his%20statement%20on%20Friday%2C,not%20answer%20the%20main%20demands.");
  }

  @Test
  void tenWordsAreStillWholeElevenAreCut() {
    String ten = "one two three four five six seven eight nine ten";

    assertThat(TextFragments.directive(ten)).doesNotContain(",");
    assertThat(TextFragments.directive(ten + " eleven"))
        .isEqualTo("text=one%20two%20three%20four%20five,seven%20eight%20nine%20ten%20eleven");
  }

  @Test
  void linkAddsAFragmentDirectiveToAUrlWithoutFragment() {
    assertThat(TextFragments.link("https://x.example/a?id=1&p=2", "No war."))
        .isEqualTo("https://x.example/a?id=1&p=2#:~:text=No%20war.");
  }

  @Test
  void linkKeepsAnExistingFragmentAndAppendsTheDirectiveAfterIt() {
    assertThat(TextFragments.link("https://x.example/a#section-2", "No war."))
        .isEqualTo("https://x.example/a#section-2:~:text=No%20war.");
    assertThat(TextFragments.link("https://x.example/a#", "No war."))
        .isEqualTo("https://x.example/a#:~:text=No%20war.");
  }

  @Test
  void linkReplacesADirectiveTheUrlAlreadyHad() {
    assertThat(TextFragments.link("https://x.example/a#top:~:text=old", "No war."))
        .isEqualTo("https://x.example/a#top:~:text=No%20war.");
  }

  @Test
  void aBlankSentenceLeavesTheUrlAlone() {
    assertThat(TextFragments.link("https://x.example/a", "  ")).isEqualTo("https://x.example/a");
  }

  @Test
  void safeEncodesWhatNoUrlMayHoldAndKeepsExistingEscapes() {
    assertThat(TextFragments.safe("https://x.example/a b\"c|d<e>f{g}^`\\é%20"))
        .isEqualTo("https://x.example/a%20b%22c%7Cd%3Ce%3Ef%7Bg%7D%5E%60%5C%C3%A9%20");
    assertThat(TextFragments.safe(TextFragments.safe("https://x.example/ü")))
        .isEqualTo("https://x.example/%C3%BC");
  }
}
