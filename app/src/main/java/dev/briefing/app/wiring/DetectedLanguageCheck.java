package dev.briefing.app.wiring;

import dev.briefing.core.ingest.LanguageCheck;
import dev.briefing.core.model.Article;
import dev.briefing.sources.language.DetectedLanguage;
import dev.briefing.sources.language.LanguageDetector;
import dev.briefing.sources.language.OpenNlpLanguageDetector;
import java.util.Optional;

/**
 * OpenNLP's language detection behind the engine's {@link LanguageCheck}. The model (10 MB) loads
 * on the first article checked, not at start. A text too short to judge (under 80 characters) is
 * taken as English.
 */
final class DetectedLanguageCheck implements LanguageCheck {
  private static final int SAMPLE_CHARS = 2000;
  private static final int TOO_SHORT = 80;

  private LanguageDetector detector;

  @Override
  public Optional<String> nonEnglish(Article article) {
    StringBuilder sample = new StringBuilder(article.title());
    for (String paragraph : article.paragraphs()) {
      if (sample.length() >= SAMPLE_CHARS) {
        break;
      }
      sample.append('\n').append(paragraph);
    }
    if (sample.length() < TOO_SHORT) {
      return Optional.empty();
    }
    DetectedLanguage language = detector().detect(sample.toString());
    boolean english = language.iso639_3().equals("eng");
    return english ? Optional.empty() : Optional.of(language.iso639_3());
  }

  private synchronized LanguageDetector detector() {
    if (detector == null) {
      detector = new OpenNlpLanguageDetector();
    }
    return detector;
  }
}
