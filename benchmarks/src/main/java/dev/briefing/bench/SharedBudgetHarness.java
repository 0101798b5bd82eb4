package dev.briefing.bench;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.storage.Database;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.storage.JdbcRateBudget;
import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import dev.briefing.telegram.settings.TelegramSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two bot instances on one embedded PostgreSQL send one digest round to 1,000 Telegram chats
 * together (500 each, at the same moment) against a fake Bot API that refuses a 31st message within
 * any second with 429, as Telegram does per token. Run once with the token's budget shared through
 * the database ({@link JdbcRateBudget}) and once with each instance pacing itself alone, as before.
 * Prints the time to the last accepted message against the floor of 1,000/30 s, and the 429s the
 * fake answered. About two minutes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.briefing.bench.SharedBudgetHarness [chats]
 * </pre>
 */
public final class SharedBudgetHarness {
  private static final String TOKEN = "123456:ABC-def_ghi";

  private SharedBudgetHarness() {}

  public static void main(String[] args) throws Exception {
    int chats = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DatabaseSettings settings =
          new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
      round("two instances, budget shared in PostgreSQL", settings, chats, true);
      round("two instances, each pacing alone (before)", settings, chats, false);
    }
  }

  private static void round(String name, DatabaseSettings settings, int chats, boolean shared)
      throws Exception {
    try (Database first = Database.open(settings);
        Database second = Database.open(settings);
        RateLimitedBotApi api = new RateLimitedBotApi(TelegramChatAdapter.PER_TOKEN)) {
      String key = JdbcRateBudget.key("telegram", TOKEN);
      List<TelegramBot> bots = new ArrayList<>();
      for (Database database : List.of(first, second)) {
        RateBudget budget =
            shared
                ? JdbcRateBudget.shared(database, key, TelegramChatAdapter.SHARED_PER_TOKEN)
                    .orElseThrow()
                : RateBudget.unlimited();
        bots.add(bot(api, budget));
      }
      List<CompletableFuture<Void>> done = new ArrayList<>();
      AtomicInteger refused = new AtomicInteger();
      long start = System.nanoTime();
      for (int i = 0; i < chats; i++) {
        TelegramBot bot = bots.get(i % bots.size());
        ChatAddress chat = ChatAddress.of("telegram", String.valueOf(3_000_000 + i));
        done.add(
            bot.chatAdapter()
                .deliver(chat, Reply.text("Your digest."))
                .exceptionally(
                    e -> {
                      refused.incrementAndGet(); // retries ran out
                      return null;
                    }));
      }
      CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
      double seconds = (api.lastTakenNanos() - start) / 1e9;
      double floor = chats / (double) TelegramChatAdapter.PER_TOKEN;
      System.out.printf(
          "%s: %d chats in %.2f s (floor %.2f s, bar 1.05 x floor = %.2f s: %s); 429s: %d;"
              + " accepted: %d; dropped after %d tries: %d%n",
          name,
          chats,
          seconds,
          floor,
          1.05 * floor,
          seconds <= 1.05 * floor ? "within" : "over",
          api.limit.tooMany.get(),
          api.limit.sent.get(),
          TelegramChatAdapter.MAX_ATTEMPTS,
          refused.get());
      bots.forEach(TelegramBot::close);
    }
  }

  private static TelegramBot bot(RateLimitedBotApi api, RateBudget budget) {
    TelegramSettings settings =
        TelegramSettings.longPolling(TOKEN)
            .withApiUrl(URI.create(api.url()))
            .withPollTimeout(Duration.ofSeconds(1));
    return new TelegramBot(
        settings,
        new CommandRouter(List.of(), (message, text) -> List.of()),
        List.of(),
        new InMemorySubscriptionRepository(Clock.systemUTC()),
        Clock.systemUTC(),
        BotMetrics.NONE,
        InboundDedup.inMemory(),
        budget);
  }
}
