package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.model.Answer;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * In-process cold path and footprint: in a fresh JVM, time loading the models, reading and
 * analyzing the three sample articles and the first answer, then the heap still in use after a full
 * GC and the process's peak resident set (VmHWM).
 */
final class HeapFootprint {
  private static final long MB = 1024 * 1024;

  private HeapFootprint() {}

  static void measure(String retrieval, String question, PrintStream out) throws IOException {
    long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
    long mainMillis = System.currentTimeMillis() - jvmStartMillis;
    long t0 = System.nanoTime();
    BriefingCore core = Engines.create(retrieval);
    long t1 = System.nanoTime();
    List<AnalyzedArticle> analyzed = readAndAnalyzeSamples(core);
    long t2 = System.nanoTime();
    Answer first = core.engine().ask(analyzed.subList(0, 1), question);
    long t3 = System.nanoTime();

    out.printf(
        "in-process, retrieval %s (this JVM, %s)%n",
        retrieval, ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf("  JVM start to main:                 %6d ms%n", mainMillis);
    out.printf("  load models:                       %6.0f ms%n", ms(t1 - t0));
    out.printf("  read+analyze 3 articles, first:    %6.0f ms%n", ms(t2 - t1));
    out.printf("  first answer (found=%s):         %6.1f ms%n", first.found(), ms(t3 - t2));

    printMemory(out);
    // Keep the engine and articles reachable until after the measurement.
    out.printf(
        "  (%d articles, %d sentences held)%n",
        analyzed.size(), analyzed.stream().mapToInt(a -> a.article().sentences().size()).sum());
    java.lang.ref.Reference.reachabilityFence(core);
  }

  /** Heap still in use after full collections, and the process's peak resident set. */
  private static void printMemory(PrintStream out) {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = rt.totalMemory() - rt.freeMemory();
    out.printf(
        "  heap used after System.gc():       %6.1f MB (committed %.0f MB, max %.0f MB)%n",
        (double) used / MB, (double) rt.totalMemory() / MB, (double) rt.maxMemory() / MB);
    out.printf("  peak RSS of this JVM (VmHWM):      %6s%n", ProcStatus.megabytes("VmHWM"));
  }

  private static List<AnalyzedArticle> readAndAnalyzeSamples(BriefingCore core) throws IOException {
    Path dir = Files.createTempDirectory("briefing-footprint");
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    for (String name : SampleArticles.NAMES) {
      Path file = SampleArticles.copyTo(dir, name);
      analyzed.add(core.engine().analyze(core.reader().read(file)));
      Files.delete(file);
    }
    Files.delete(dir);
    return analyzed;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
