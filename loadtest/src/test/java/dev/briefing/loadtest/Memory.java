package dev.briefing.loadtest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test JVM's memory: heap used after forcing full collections, and the process's resident set
 * (VmRSS; 0 where /proc is missing). Bot and fakes share the JVM, so the heap includes the fakes;
 * they keep nothing per message, which leaves the growth to the bot.
 */
record Memory(long heapUsedBytes, long heapCommittedBytes, long rssBytes, int threads) {
  static Memory afterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100); // lets reference processing and finalisation settle between runs
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return new Memory(heap.getUsed(), heap.getCommitted(), rss(), botThreads());
  }

  /**
   * Live threads but the fake servers' own (MockWebServer keeps one per open connection, and a
   * connection left unanswered on purpose stays open): the bot's, its clients' and the JVM's.
   */
  static int botThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && !t.getName().startsWith("MockWebServer"))
            .count();
  }

  private static long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** The bot's threads (as {@link #botThreads()}) by name, digits dropped, with their counts. */
  static java.util.Map<String, Long> botThreadNames() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.getName().startsWith("MockWebServer"))
        .collect(
            java.util.stream.Collectors.groupingBy(
                t -> t.getName().replaceAll("[0-9]+", "#"),
                java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
  }

  /** The names whose count grew from {@code before} to {@code after}, with the growth. */
  static String grown(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
    java.util.List<String> grown = new java.util.ArrayList<>();
    after.forEach(
        (name, n) -> {
          long more = n - before.getOrDefault(name, 0L);
          if (more > 0) {
            grown.add(name + " +" + more);
          }
        });
    return grown.isEmpty() ? "none" : String.join(", ", grown);
  }

  String describe() {
    return String.format(
        "heap used %.1f MB (committed %.1f MB), RSS %.1f MB, %d threads",
        heapUsedBytes / 1e6, heapCommittedBytes / 1e6, rssBytes / 1e6, threads);
  }
}
