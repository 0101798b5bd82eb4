package dev.briefing.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This JVM's memory figures from Linux's {@code /proc/self/status}, such as VmRSS and VmHWM. */
final class ProcStatus {
  private ProcStatus() {}

  /** The field's value in MB ("123.4 MB"), or "n/a" where the file or the field is missing. */
  static String megabytes(String field) {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith(field + ":"))
          .map(
              line -> String.format("%.1f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0))
          .findFirst()
          .orElse("n/a");
    } catch (IOException | RuntimeException e) {
      return "n/a (" + e.getMessage() + ")";
    }
  }
}
