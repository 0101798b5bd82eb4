package dev.briefing.sources.language;

/** Tells which language an article is written in, so non-English ones can be flagged. */
public interface LanguageDetector {
  /** The most likely language of {@code text}. */
  DetectedLanguage detect(String text);

  /** True when {@code text} is most likely English. */
  default boolean isEnglish(String text) {
    return detect(text).iso639_3().equals("eng");
  }
}
