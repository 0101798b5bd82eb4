package dev.briefing.sources.language;

/**
 * The language a text is most likely in.
 *
 * @param iso639_3 the ISO 639-3 code ("eng", "deu", "fra")
 * @param confidence the detector's confidence, 0 to 1
 */
public record DetectedLanguage(String iso639_3, double confidence) {
  public DetectedLanguage {
    if (iso639_3 == null || iso639_3.isBlank()) {
      throw new IllegalArgumentException("iso639_3 must not be blank");
    }
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
    }
  }
}
