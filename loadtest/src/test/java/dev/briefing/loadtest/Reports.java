package dev.briefing.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a suite writes its figures: {@code loadtest/target/loadtest/NAME.md}, and stdout. */
final class Reports {
  private Reports() {}

  static void write(String name, String markdown) {
    Path dir = Path.of(System.getProperty("loadtest.reports", "target/loadtest"));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println(markdown);
  }
}
