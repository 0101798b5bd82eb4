package dev.briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of the command line as a user starts it, timed from process start to exit. Under GNU
 * {@code /usr/bin/time -v} when present, which adds the peak RSS and CPU time of the JVM (the
 * launcher script execs java, so it is the same process).
 */
record CliRun(double wallMillis, int exitCode, String stdout, String stderr) {
  static final Path GNU_TIME = Path.of("/usr/bin/time");
  private static final Pattern MAX_RSS =
      Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
  private static final Pattern CPU = Pattern.compile("(User|System) time \\(seconds\\): ([\\d.]+)");

  static CliRun run(Path root, Map<String, String> env, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(GNU_TIME)) {
      command.addAll(List.of(GNU_TIME.toString(), "-v"));
    }
    command.add(root.resolve("briefing").toString());
    command.addAll(args);
    Path out = Files.createTempFile("briefing-out", ".txt");
    Path err = Files.createTempFile("briefing-err", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(root.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(env);
      long start = System.nanoTime();
      int exit = builder.start().waitFor();
      double wall = (System.nanoTime() - start) / 1e6;
      return new CliRun(wall, exit, read(out), read(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Whether the launcher rebuilt the app during this run (then it is no start-up measurement). */
  boolean built() {
    return stderr.contains("briefing: building the app");
  }

  OptionalDouble maxRssMegabytes() {
    Matcher m = MAX_RSS.matcher(stderr);
    return m.find()
        ? OptionalDouble.of(Long.parseLong(m.group(1)) / 1024.0)
        : OptionalDouble.empty();
  }

  /** User plus system CPU seconds, as /usr/bin/time reports them. */
  OptionalDouble cpuSeconds() {
    Matcher m = CPU.matcher(stderr);
    double sum = 0;
    int found = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(2));
      found++;
    }
    return found == 2 ? OptionalDouble.of(sum) : OptionalDouble.empty();
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
