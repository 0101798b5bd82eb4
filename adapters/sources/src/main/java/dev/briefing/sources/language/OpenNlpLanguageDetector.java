package dev.briefing.sources.language;

import dev.briefing.core.BriefingException;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * {@link LanguageDetector} on OpenNLP's language detection model (103 languages, from the {@code
 * opennlp-models-langdetect} artifact on Maven Central). Loading the model takes about a second;
 * make one and share it.
 */
public final class OpenNlpLanguageDetector implements LanguageDetector {
  private static final String MODEL = "langdetect-183.bin";

  private final LanguageDetectorModel model;

  public OpenNlpLanguageDetector() {
    try (InputStream in =
        OpenNlpLanguageDetector.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new BriefingException("OpenNLP model " + MODEL + " is missing from the classpath");
      }
      model = new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new BriefingException("cannot load OpenNLP model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  @Override
  public DetectedLanguage detect(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    // LanguageDetectorME is not thread-safe but cheap to make around the shared model.
    Language best = new LanguageDetectorME(model).predictLanguage(text);
    return new DetectedLanguage(best.getLang(), Math.max(0, Math.min(1, best.getConfidence())));
  }
}
