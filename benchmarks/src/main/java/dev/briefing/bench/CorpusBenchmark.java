package dev.briefing.bench;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingCore;
import dev.briefing.core.retrieval.NewsCorpus;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Questions over a large generated corpus, outside JMH: ingest throughput (read and analyze, one
 * thread per processor), then heap and resident set with every article held, then the latency of
 * single questions over the whole corpus (newest first, as the chat asks them).
 *
 * <p>Usage, from the repository root: {@code java [-Xmx…] -cp benchmarks/target/benchmarks.jar
 * dev.briefing.bench.CorpusBenchmark [--retrieval minilm|bm25] [--articles N] [--brief]
 * [--questions N]}: N questions (default 500) in groups of five about articles spread over the
 * corpus: what the speaker said, who the critic is, what the project costs, how many jobs it
 * creates, and what a person no article names said.
 */
public final class CorpusBenchmark {
  private static final long MB = 1024 * 1024;

  private CorpusBenchmark() {}

  public static void main(String[] args) throws Exception {
    String retrieval = Engines.MINILM;
    int count = 10_000;
    boolean brief = false;
    int rounds = 100;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--retrieval" -> retrieval = args[++i];
        case "--articles" -> count = Integer.parseInt(args[++i]);
        case "--brief" -> brief = true;
        case "--questions" -> rounds = Integer.parseInt(args[++i]) / 5;
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; use --retrieval minilm|bm25, --articles N, --brief");
      }
    }
    BriefingCore core = Engines.create(retrieval);
    NewsCorpus corpus = new NewsCorpus(7, brief);
    List<NewsCorpus.Generated> generated = corpus.articles(count);
    // warm the models and the JIT a little before the clock starts
    for (int i = 0; i < 20; i++) {
      core.engine().analyze(core.reader().parse("warm.txt", corpus.article(count + i).text()));
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<AnalyzedArticle>> futures = new ArrayList<>();
    for (NewsCorpus.Generated g : generated) {
      futures.add(
          pool.submit(
              () ->
                  core.engine()
                      .analyze(core.reader().parse("gen-" + g.index() + ".txt", g.text()))));
    }
    List<AnalyzedArticle> analyzed = new ArrayList<>(count);
    for (Future<AnalyzedArticle> f : futures) {
      analyzed.add(f.get());
    }
    long t1 = System.nanoTime();
    pool.shutdown();
    Collections.reverse(analyzed);
    List<AnalyzedArticle> newestFirst = List.copyOf(analyzed);
    int sentences = newestFirst.stream().mapToInt(a -> a.article().sentences().size()).sum();

    System.out.printf(
        "retrieval %s, %d articles (%d sentences), %d threads, JVM %s%n",
        retrieval,
        count,
        sentences,
        threads,
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    System.out.printf(
        "  ingest: %.1f s, %.0f articles/s%n", (t1 - t0) / 1e9, count / ((t1 - t0) / 1e9));

    List<String> questions = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      NewsCorpus.Generated g =
          generated.get((int) ((long) i * (count - 1) / Math.max(1, rounds - 1)));
      questions.add("What did " + g.speaker() + " say?");
      questions.add("Who is " + g.critic() + "?");
      questions.add("How much will the " + g.project() + " in " + g.city() + " cost?");
      questions.add("How many jobs will the " + g.project() + " in " + g.city() + " create?");
      questions.add("What did Zebulon Quartermaine say?");
    }
    for (String q : questions) {
      core.engine().ask(newestFirst, q); // warm-up
    }
    long[] nanos = new long[questions.size()];
    int found = 0;
    for (int i = 0; i < nanos.length; i++) {
      long a = System.nanoTime();
      found += core.engine().ask(newestFirst, questions.get(i)).found() ? 1 : 0;
      nanos[i] = System.nanoTime() - a;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "  %d questions (%d found): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        nanos.length,
        found,
        nanos[nanos.length / 2] / 1e6,
        nanos[(int) Math.ceil(nanos.length * 0.90) - 1] / 1e6,
        nanos[(int) Math.ceil(nanos.length * 0.99) - 1] / 1e6,
        nanos[nanos.length - 1] / 1e6);

    System.out.printf(
        "  RSS now (VmRSS): %s, peak (VmHWM): %s%n",
        ProcStatus.megabytes("VmRSS"), ProcStatus.megabytes("VmHWM"));
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    System.out.printf(
        "  heap used after System.gc(): %.1f MB (committed %.0f MB, max %.0f MB)%n",
        (double) (rt.totalMemory() - rt.freeMemory()) / MB,
        (double) rt.totalMemory() / MB,
        (double) rt.maxMemory() / MB);
    java.lang.ref.Reference.reachabilityFence(newestFirst);
  }
}
