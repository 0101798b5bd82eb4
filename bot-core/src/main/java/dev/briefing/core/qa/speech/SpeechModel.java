package dev.briefing.core.qa.speech;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A logistic-regression classifier (OpenNLP maxent) of whether a source speaks in a sentence, over
 * {@link SpeechFeatures}, with the probability above which a sentence is cited. The bundled model
 * is trained on hand-annotated news by {@code training/}; docs/quality.md names the command, the
 * data and its licence.
 */
public final class SpeechModel {
  /** The outcome that means "the source speaks here". */
  public static final String SPEECH = "speech";

  /** The outcome that means "it does not". */
  public static final String OTHER = "other";

  static final String MODEL = "speech-model.bin";
  static final String SETTINGS = "speech-model.properties";

  private final MaxentModel model;
  private final double threshold;
  private final double found;
  private final int speech;

  /**
   * @param model the classifier
   * @param threshold the least probability of a cited sentence
   * @param found the least probability of an answer's likeliest sentence
   */
  public SpeechModel(MaxentModel model, double threshold, double found) {
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1), was " + threshold);
    }
    if (found < threshold || found >= 1) {
      throw new IllegalArgumentException("found must be in [threshold, 1), was " + found);
    }
    this.model = model;
    this.threshold = threshold;
    this.found = found;
    this.speech = model.getIndex(SPEECH);
    if (speech < 0) {
      throw new IllegalArgumentException("model has no outcome \"" + SPEECH + "\"");
    }
  }

  /** The model that ships with the engine. */
  public static SpeechModel bundled() {
    try (InputStream bin = resource(MODEL);
        InputStream settings = resource(SETTINGS)) {
      Properties p = new Properties();
      p.load(settings);
      MaxentModel model =
          new GenericModelReader(new BinaryFileDataReader(new BufferedInputStream(bin))).getModel();
      return new SpeechModel(
          model,
          Double.parseDouble(p.getProperty("threshold")),
          Double.parseDouble(p.getProperty("found")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled speech model", e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = SpeechModel.class.getResourceAsStream(name);
    if (in == null) {
      throw new IOException("missing resource " + name + " beside " + SpeechModel.class.getName());
    }
    return in;
  }

  /** The probability that the source speaks in a sentence with these features. */
  public double probability(List<String> features) {
    return model.eval(features.toArray(String[]::new))[speech];
  }

  /**
   * Each sentence's probability, where a sentence that the rule-based discourse analysis attributes
   * to the source counts as at least the threshold: the annotated data teaches the model named
   * sources only, and the rules also know descriptions ("a spokesperson for the airline said") and
   * speech verbs the data rarely shows ("accused").
   */
  public Map<Integer, Double> probabilities(Map<Integer, List<String>> features) {
    Map<Integer, Double> out = new LinkedHashMap<>();
    features.forEach(
        (n, f) -> {
          double p = probability(f);
          if (SpeechFeatures.ruled(f)) {
            p = Math.max(p, threshold);
          }
          out.put(n, p);
        });
    return out;
  }

  /** The probability from which a sentence is cited as the source's words. */
  public double threshold() {
    return threshold;
  }

  /** The probability the likeliest sentence needs for the source to count as speaking at all. */
  public double found() {
    return found;
  }

  /** The sentences to cite, at most {@code max}, ascending; none when the source is silent. */
  public List<Integer> cite(Map<Integer, Double> probabilities, int max) {
    return SpeechSelection.select(probabilities, threshold, found, max);
  }
}
