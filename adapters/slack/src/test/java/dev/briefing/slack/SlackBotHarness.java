package dev.briefing.slack;

import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import dev.briefing.testing.RecordingMetrics;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A started HTTP-mode {@link SlackBot} against a {@link FakeSlackApi}, with signed requests and
 * recorded metrics. Its router answers every question; {@code slow} waits for {@link #release()},
 * {@code boom} throws.
 */
final class SlackBotHarness implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final String BOT_TOKEN = FakeSlackApi.BOT_TOKEN;
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String ANSWER = "The harbour reopens in May.";

  final FakeSlackApi api;
  final RecordingMetrics metrics = new RecordingMetrics();
  final List<String> questions = new CopyOnWriteArrayList<>();
  final SlackBot bot;
  final SignedRequests slack;
  private final CountDownLatch slowStarted = new CountDownLatch(1);
  private final CountDownLatch gate = new CountDownLatch(1);
  private final AtomicInteger events = new AtomicInteger();

  SlackBotHarness(Duration drainTimeout) throws Exception {
    api = new FakeSlackApi();
    SlackSettings settings = SlackSettings.http(BOT_TOKEN, SECRET, 0).withApiUrl(api.apiUrl());
    bot =
        new SlackBot(
            settings,
            router(),
            commands(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            InboundDedup.inMemory(),
            Clock.systemUTC(),
            metrics,
            drainTimeout);
    bot.start();
    slack = new SignedRequests(bot.httpPort().orElseThrow(), SECRET);
  }

  /** A direct message event from Alice asking {@code text}, with a fresh event id. */
  String directMessage(String text) {
    return Fixtures.json("direct-message")
        .replace("who was quoted in the report?", text)
        .replace("Ev0DM", "Ev0DM" + events.incrementAndGet());
  }

  /** A {@code /briefing} form body in channel C0NEWS with this trigger id. */
  String slashCommand(String text, String triggerId) {
    return "token=legacy&team_id=T0TEAM&team_domain=news&channel_id=C0NEWS&channel_name=news"
        + "&user_id=U0ALICE&user_name=alice&command=%2Fbriefing&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&is_enterprise_install=false&response_url="
        + URLEncoder.encode(api.responseUrl(triggerId), StandardCharsets.UTF_8)
        + "&trigger_id="
        + triggerId;
  }

  /** Waits until a {@code slow} question is being answered. */
  void awaitSlowStarted() throws InterruptedException {
    if (!slowStarted.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("the slow question never started");
    }
  }

  /** Lets {@code slow} questions finish. */
  void release() {
    gate.countDown();
  }

  List<FakeSlackApi.Post> awaitPosts(int count) {
    await().atMost(WAIT).until(() -> api.posts().size() >= count);
    return api.posts();
  }

  @Override
  public void close() throws Exception {
    release();
    bot.close();
    api.close();
  }

  private List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "summary",
            "Summarize the newest article",
            (message, args) -> List.of(Reply.text("Summary of " + args + " sentences."))));
  }

  private CommandRouter router() {
    return new CommandRouter(
        commands(),
        (message, text) -> {
          questions.add(text);
          if ("boom".equals(text)) {
            throw new IllegalStateException("the engine failed");
          }
          if ("slow".equals(text)) {
            slowStarted.countDown();
            awaitGate();
          }
          return List.of(Reply.text(ANSWER));
        });
  }

  private void awaitGate() {
    try {
      if (!gate.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the slow question");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
