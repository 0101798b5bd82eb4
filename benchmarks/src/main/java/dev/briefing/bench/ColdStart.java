package dev.briefing.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cold start to first answer and memory footprint, outside JMH:
 *
 * <ol>
 *   <li>in this fresh JVM, with the engine that {@code --retrieval} names ({@code minilm}, the
 *       app's default, or {@code bm25}): model loading, reading and analyzing the three sample
 *       articles, the first answer, heap used after {@code System.gc()} and peak RSS (VmHWM);
 *   <li>{@code ./briefing ask --article …/nato-russia.txt "What did Lavrov say?"} run N times
 *       (default 10) as separate processes, with {@code BRIEFING_RETRIEVAL_EMBEDDINGS} set to match
 *       {@code --retrieval}: wall time min/median/max, and peak RSS and CPU time from {@code
 *       /usr/bin/time -v} when it is installed. One untimed run goes first so that a build of the
 *       app jar is never counted; a run during which the launcher rebuilt the jar (sources changed
 *       meanwhile) is discarded and repeated.
 * </ol>
 *
 * <p>Usage, from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.briefing.bench.ColdStart [--retrieval minilm|bm25] [--runs N] [--root DIR] [--question TEXT]}
 */
public final class ColdStart {
  private static final String ARTICLE = "config/articles/nato-russia.txt";

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int runs = 10;
    Path root = Path.of("");
    String question = "What did Lavrov say?";
    String retrieval = Engines.MINILM;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--root" -> root = Path.of(args[++i]);
        case "--question" -> question = args[++i];
        case "--retrieval" -> retrieval = args[++i];
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; use --retrieval minilm|bm25, --runs N, --root DIR, --question TEXT");
      }
    }
    PrintStream out = System.out;
    HeapFootprint.measure(retrieval, question, out);
    Map<String, String> env =
        Map.of("BRIEFING_RETRIEVAL_EMBEDDINGS", String.valueOf(retrieval.equals(Engines.MINILM)));
    measureCli(root.toAbsolutePath().normalize(), env, runs, question, out);
  }

  private static void measureCli(
      Path root, Map<String, String> env, int runs, String question, PrintStream out)
      throws Exception {
    if (!Files.isExecutable(root.resolve("briefing"))) {
      throw new IllegalArgumentException("no executable ./briefing in " + root + "; pass --root");
    }
    List<String> args = List.of("ask", "--article", root.resolve(ARTICLE).toString(), question);
    out.printf("%ncommand line: %s ./briefing %s%n", env, String.join(" ", quoted(args)));
    CliRun untimed = check(CliRun.run(root, env, args)); // builds the jar when missing or stale
    out.printf(
        "  untimed first run: %.0f ms (built the app jar: %s)%n",
        untimed.wallMillis(), untimed.built() ? "yes" : "no");
    List<Double> wall = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    int discarded = 0;
    while (wall.size() < runs && discarded < runs) {
      CliRun run = check(CliRun.run(root, env, args));
      if (run.built()) {
        discarded++;
        continue;
      }
      if (wall.isEmpty()) {
        out.printf("  first answer: %s%n", run.stdout().lines().findFirst().orElse("(empty)"));
      }
      wall.add(run.wallMillis());
      run.maxRssMegabytes().ifPresent(rss::add);
      run.cpuSeconds().ifPresent(s -> cpu.add(s * 1000));
    }
    out.printf("  wall time, process start to exit: %s%n", Summary.of(wall).format("ms"));
    out.printf(
        "  peak RSS (/usr/bin/time -v):      %s%n",
        rss.isEmpty() ? "n/a (/usr/bin/time missing)" : Summary.of(rss).format("MB"));
    out.printf(
        "  CPU time, user+sys:               %s%n",
        cpu.isEmpty() ? "n/a" : Summary.of(cpu).format("ms"));
    out.printf("  runs discarded (launcher rebuilt the jar): %d%n", discarded);
  }

  private static CliRun check(CliRun run) {
    if (run.exitCode() != 0) {
      throw new IllegalStateException(
          "./briefing exited with " + run.exitCode() + ":\n" + run.stderr());
    }
    return run;
  }

  private static List<String> quoted(List<String> args) {
    return args.stream().map(a -> a.contains(" ") ? "\"" + a + "\"" : a).toList();
  }
}
