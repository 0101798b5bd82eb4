package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The three sample articles bundled with bot-core (copied into this jar under {@code corpus/}), so
 * every benchmark measures the same text wherever the jar runs.
 */
final class SampleArticles {
  /** Article names, without the {@code .txt} extension; the first is the headline benchmark. */
  static final List<String> NAMES = List.of("nato-russia", "tram-extension", "chipmaker-quarter");

  /** The headline benchmark's article, the first of {@link #NAMES}. */
  static final String HEADLINE = NAMES.get(0);

  private SampleArticles() {}

  static String fileName(String name) {
    return name + ".txt";
  }

  /** The article's raw text. */
  static String content(String name) {
    return resource("corpus/" + fileName(name), "sample article");
  }

  /** The article read and analyzed by {@code core}, as the bot reads a pasted article. */
  static AnalyzedArticle analyzed(BriefingCore core, String name) {
    return core.engine().analyze(core.reader().parse(fileName(name), content(name)));
  }

  /**
   * A UTF-8 text resource of this jar.
   *
   * @param what what the resource holds, for the message when it is missing
   */
  static String resource(String resource, String what) {
    try (InputStream in = SampleArticles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + what + " " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the article into {@code dir} so that file reading is part of what is measured. */
  static Path copyTo(Path dir, String name) {
    try {
      return Files.writeString(dir.resolve(fileName(name)), content(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
