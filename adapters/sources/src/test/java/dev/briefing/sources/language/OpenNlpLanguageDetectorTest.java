package dev.briefing.sources.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {
  private static final LanguageDetector DETECTOR = new OpenNlpLanguageDetector();

  @Test
  void recognisesEnglishNewsText() {
    String text =
        "The harbour bridge will close to all traffic from Monday while engineers replace"
            + " corroded steel bearings, the city's transport department said on Thursday.";

    DetectedLanguage language = DETECTOR.detect(text);

    assertThat(language.iso639_3()).isEqualTo("eng");
    assertThat(language.confidence()).isBetween(0.0, 1.0);
    assertThat(DETECTOR.isEnglish(text)).isTrue();
  }

  @Test
  void recognisesGermanAndFrenchAsNotEnglish() {
    String german =
        "Die Hafenbrücke wird ab Montag für den gesamten Verkehr gesperrt, während Ingenieure die"
            + " verrosteten Stahllager austauschen, teilte die Verkehrsbehörde am Donnerstag mit.";
    String french =
        "Le pont du port sera fermé à toute circulation à partir de lundi pendant que les"
            + " ingénieurs remplacent les appuis en acier corrodés, a annoncé la ville jeudi.";

    assertThat(DETECTOR.detect(german).iso639_3()).isEqualTo("deu");
    assertThat(DETECTOR.detect(french).iso639_3()).isEqualTo("fra");
    assertThat(DETECTOR.isEnglish(german)).isFalse();
  }
}
