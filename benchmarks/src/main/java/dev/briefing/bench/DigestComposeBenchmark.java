package dev.briefing.bench;

import dev.briefing.core.BriefingCore;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.digest.DigestService;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Composing one chat's digest of 20 new articles: for each, its title, a cited two-sentence summary
 * and its source. The articles are analyzed once per fork, as the bot does when they are added;
 * what is measured is what a digest firing costs before it is sent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DigestComposeBenchmark {
  private static final ChatAddress CHAT = ChatAddress.of("bench", "chat");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Param({Engines.MINILM, Engines.BM25})
  public String retrieval;

  private DigestService digests;

  @Setup
  public void setUp() {
    BriefingCore core = Engines.create(retrieval);
    Clock clock = Clock.systemUTC();
    InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
    DigestArticles.analyzed(core).forEach(articles::save);
    InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository(clock);
    digests =
        new DigestService(
            core.engine(),
            articles,
            subscriptions,
            new InMemoryDeliveryLog(subscriptions),
            (chat, reply) -> {},
            clock,
            DigestOptions.defaults());
    if (!digests.composeNow(CHAT, BERLIN).text().contains("20 articles")) {
      throw new IllegalStateException("the digest does not list the 20 articles");
    }
  }

  @Benchmark
  public Reply composeDigestOf20Articles() {
    return digests.composeNow(CHAT, BERLIN);
  }
}
