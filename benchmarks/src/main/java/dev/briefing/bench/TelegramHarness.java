package dev.briefing.bench;

import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.settings.TelegramSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The Telegram adapter against a fake Bot API on 127.0.0.1 that enforces Telegram's 30 messages a
 * second (a 31st send within a second gets 429 with retry_after), with the real BM25 engine over
 * the nato-russia sample. Three runs: question → reply latency one question at a time; messages
 * handled per second with 1,000 questions from 1,000 chats queued at once; a digest to 1,000 chats
 * through the chat adapter. Prints the figures of docs/benchmarks.md.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.briefing.bench.TelegramHarness</pre>
 */
public final class TelegramHarness {
  private static final String[] QUESTIONS = {
    "What did Lavrov say?", "Who is Stoltenberg?", "What does Russia want?", "summarize"
  };

  private TelegramHarness() {}

  public static void main(String[] args) throws Exception {
    BriefingCommands commands = HeadlineChat.commands();
    AtomicInteger handled = new AtomicInteger();
    CommandRouter counting =
        new CommandRouter(
            commands.commands(),
            (message, text) -> {
              handled.incrementAndGet();
              return commands.router().route(message);
            });
    try (FakeApi api = new FakeApi()) {
      TelegramSettings settings =
          TelegramSettings.longPolling("123456:ABC-def_ghi")
              .withApiUrl(api.server.url("/").uri())
              .withPollTimeout(Duration.ofSeconds(1));
      try (TelegramBot bot =
          new TelegramBot(
              settings,
              counting,
              commands.commands(),
              new InMemorySubscriptionRepository(Clock.systemUTC()),
              Clock.systemUTC())) {
        bot.start();
        latency(api);
        throughput(api, handled);
        digest(api, bot);
      }
    }
  }

  /**
   * One question at a time, each from a new chat, 20 a second (under the 30 msg/s limit, which
   * would otherwise hold replies back): p50 and p99 from the update leaving getUpdates to the
   * reply's sendMessage arriving.
   */
  private static void latency(FakeApi api) throws InterruptedException {
    int count = 300;
    long[] micros = new long[count];
    for (int i = 0; i < count; i++) {
      long chat = 1_000_000 + i;
      long asked = System.nanoTime();
      long served = api.queue(chat, QUESTIONS[i % QUESTIONS.length]);
      while (api.firstReplyNanos(chat) == 0) {
        Thread.onSpinWait();
      }
      micros[i] = (api.firstReplyNanos(chat) - api.servedNanos(served)) / 1000;
      long pause = 50 - (System.nanoTime() - asked) / 1_000_000;
      if (pause > 0) {
        Thread.sleep(pause);
      }
    }
    System.out.printf(
        "question -> reply, %d questions one at a time: %s%n", count, Latencies.summary(micros));
  }

  /** 1,000 questions from 1,000 chats at once: handled per second, and replies per second. */
  private static void throughput(FakeApi api, AtomicInteger handled) throws InterruptedException {
    int count = 1000;
    int before = handled.get();
    int sentBefore = api.sent.get();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      api.queue(2_000_000 + i, QUESTIONS[i % QUESTIONS.length]);
    }
    long handledAt = 0;
    while (api.sent.get() - sentBefore < count) {
      if (handledAt == 0 && handled.get() - before >= count) {
        handledAt = System.nanoTime();
      }
      Thread.sleep(1);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d questions queued at once: handled %.0f/s (all in %.2f s); replies sent in %.1f s"
            + " (%.1f/s); 429s: %d%n",
        count,
        count / ((handledAt - start) / 1e9),
        (handledAt - start) / 1e9,
        seconds,
        count / seconds,
        api.tooMany.get());
  }

  /** A digest to 1,000 chats through the chat adapter, against the 30 msg/s limit. */
  private static void digest(FakeApi api, TelegramBot bot) throws InterruptedException {
    int count = 1000;
    int sentBefore = api.sent.get();
    int tooManyBefore = api.tooMany.get();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      bot.chatAdapter()
          .send(ChatAddress.of("telegram", String.valueOf(3_000_000 + i)), Reply.text("Digest."));
    }
    while (api.sent.get() - sentBefore < count) {
      Thread.sleep(5);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "digest to %d chats: %.1f s (floor %.1f s at 30 msg/s: %+.1f%%); 429s: %d%n",
        count,
        seconds,
        count / 30.0,
        (seconds / (count / 30.0) - 1) * 100,
        api.tooMany.get() - tooManyBefore);
  }

  /** A Bot API that answers like Telegram and refuses a 31st message within one second. */
  private static final class FakeApi extends Dispatcher implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Deque<long[]> queued = new ArrayDeque<>(); // {updateId, chatId, questionIndex}
    private final Map<Long, Long> served = new ConcurrentHashMap<>();
    private final Map<Long, Long> firstReply = new ConcurrentHashMap<>();
    private final List<String> texts = new ArrayList<>();
    private final BotApiSendLimit limit = new BotApiSendLimit(30);
    final AtomicInteger sent = limit.sent;
    final AtomicInteger tooMany = limit.tooMany;
    private long nextUpdate = 1;

    FakeApi() throws IOException {
      server.setDispatcher(this);
      // Without TCP_NODELAY, MockWebServer's separate header and body writes meet the client's
      // delayed ACK and every call takes 40 ms more: a fake-server artifact, not the adapter's.
      server.setServerSocketFactory(new NoDelayServerSockets());
      server.start();
    }

    synchronized long queue(long chat, String text) {
      long id = nextUpdate++;
      queued.add(new long[] {id, chat, texts.size()});
      texts.add(text);
      notifyAll();
      return id;
    }

    long servedNanos(long updateId) {
      Long at = served.get(updateId);
      return at == null ? 0 : at;
    }

    long firstReplyNanos(long chat) {
      return firstReply.getOrDefault(chat, 0L);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      String method = request.getRequestUrl().pathSegments().get(1).toLowerCase();
      return switch (method) {
        case "getme" ->
            ok("{\"id\":7,\"is_bot\":true,\"first_name\":\"B\",\"username\":\"BenchBot\"}");
        case "getupdates" -> ok(updates());
        case "sendmessage" -> send(request.getBody().readUtf8());
        default -> ok("true");
      };
    }

    private synchronized String updates() throws InterruptedException {
      if (queued.isEmpty()) {
        wait(100);
      }
      StringBuilder batch = new StringBuilder("[");
      for (int i = 0; i < 100 && !queued.isEmpty(); i++) {
        long[] u = queued.poll();
        served.put(u[0], System.nanoTime());
        batch
            .append(batch.length() > 1 ? "," : "")
            .append(update(u[0], u[1], texts.get((int) u[2])));
      }
      return batch.append("]").toString();
    }

    private MockResponse send(String body) {
      return limit.answer(body, firstReply::putIfAbsent);
    }

    private static String update(long id, long chat, String text) {
      return "{\"update_id\":"
          + id
          + ",\"message\":{\"message_id\":1,\"date\":1764300000,\"from\":{\"id\":"
          + chat
          + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat\":{\"id\":"
          + chat
          + ",\"type\":\"private\"},\"text\":\""
          + text
          + "\"}}";
    }

    private static MockResponse ok(String result) {
      return BotApiSendLimit.ok(result);
    }

    @Override
    public void close() throws IOException {
      server.shutdown();
    }
  }

  /** Server sockets whose connections send at once (TCP_NODELAY); see the FakeApi comment. */
  static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      throw new UnsupportedOperationException();
    }
  }
}
