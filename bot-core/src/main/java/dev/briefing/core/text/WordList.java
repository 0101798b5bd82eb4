package dev.briefing.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Loads a word list kept as a UTF-8 classpath resource beside this class: one entry a line, trimmed
 * and otherwise kept as written; lines starting with {@code #} and blank lines are skipped. A
 * repeated entry is an error rather than silently merged, so a list cannot grow copies of itself
 * unnoticed.
 */
final class WordList {
  private WordList() {}

  /**
   * Reads {@code fileName} (relative to this package) into an unmodifiable set in file order.
   *
   * @throws IllegalStateException when the file is missing or an entry appears twice, naming the
   *     file, the line and the entry
   * @throws UncheckedIOException when the file cannot be read or is not valid UTF-8
   */
  public static Set<String> load(String fileName) {
    String path = WordList.class.getPackageName().replace('.', '/') + "/" + fileName;
    try (InputStream in = WordList.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new IllegalStateException("Word list not found on the classpath: " + path);
      }
      // A decoder of its own reports malformed UTF-8 instead of replacing it with U+FFFD.
      var reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
      return parse(path, new BufferedReader(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read word list " + path, e);
    }
  }

  private static Set<String> parse(String path, BufferedReader lines) throws IOException {
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      // Some editors start a UTF-8 file with a byte order mark.
      boolean bom = number == 1 && line.startsWith("\uFEFF");
      String entry = (bom ? line.substring(1) : line).strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      Integer earlier = firstLine.putIfAbsent(entry, number);
      if (earlier != null) {
        throw new IllegalStateException(
            String.format(
                "%s line %d: duplicate entry \"%s\" (first on line %d)",
                path, number, entry, earlier));
      }
    }
    return Collections.unmodifiableSet(new LinkedHashSet<>(firstLine.keySet()));
  }
}
