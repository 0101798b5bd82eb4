package dev.briefing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A fake Bot API on 127.0.0.1: answers getMe, deleteWebhook, setWebhook, setMyCommands, getUpdates
 * (a short long poll over queued updates), sendMessage and getFile, serves the files' bytes under
 * {@code /file/bot<token>/<path>}, and records every call. Method names are matched
 * case-insensitively, as TelegramBots lower-cases them.
 */
public final class FakeBotApi extends Dispatcher implements AutoCloseable {
  /** One call to the API, with the time it arrived. */
  public record Call(String method, String body, long nanoTime) {
    public JsonNode json() {
      try {
        return Fixtures.JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final MockWebServer server = new MockWebServer();
  // Unconfirmed updates, oldest first: as Telegram, getUpdates returns them until a poll's offset
  // confirms them, so a poll cut off by a shutdown loses nothing.
  private final List<Pending> pending = new ArrayList<>();
  private final Set<Long> served = new HashSet<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> sendFailures = new ArrayDeque<>();
  private final AtomicInteger messageIds = new AtomicInteger(100);
  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
  private final List<String> fileRequests = new CopyOnWriteArrayList<>();

  private record StoredFile(String path, byte[] content, boolean sized) {}

  public FakeBotApi() throws IOException {
    server.setDispatcher(this);
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The base URL to give the bot as TELEGRAM_API_URL. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  private record Pending(long updateId, String json) {}

  /** Queues updates (JSON objects) for the next getUpdates, all in one batch. */
  public synchronized void queueUpdates(String... json) {
    for (String update : json) {
      pending.add(
          new Pending(new Call("update", update, 0).json().path("update_id").asLong(), update));
    }
    notifyAll();
  }

  /** The next sendMessage calls fail with these Bot API error answers, in order. */
  public synchronized void failSends(int status, String... errorJson) {
    for (String json : errorJson) {
      sendFailures.add(new MockResponse().setResponseCode(status).setBody(json));
    }
  }

  /** getFile answers this file id with the path, and the path serves the bytes. */
  public void storeFile(String fileId, String path, byte[] content) {
    files.put(fileId, new StoredFile(path, content.clone(), true));
  }

  /** As {@link #storeFile}, but getFile leaves out file_size, which the Bot API may. */
  public void storeFileOfUnknownSize(String fileId, String path, byte[] content) {
    files.put(fileId, new StoredFile(path, content.clone(), false));
  }

  /** The paths of the file downloads requested, e.g. {@code /file/bot<token>/documents/a.txt}. */
  public List<String> fileRequests() {
    return List.copyOf(fileRequests);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
  }

  /** The sendMessage calls to one chat. */
  public List<JsonNode> sentTo(String chatId) {
    List<JsonNode> sent = new ArrayList<>();
    for (Call call : calls("sendMessage")) {
      JsonNode json = call.json();
      if (json.path("chat_id").asText().equals(chatId)) {
        sent.add(json);
      }
    }
    return sent;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    List<String> path = request.getRequestUrl().pathSegments();
    if (path.get(0).equals("file")) {
      return download(request);
    }
    String method = path.get(path.size() - 1).toLowerCase(Locale.ROOT);
    Call call = new Call(method, request.getBody().readUtf8(), System.nanoTime());
    calls.add(call);
    return switch (method) {
      case "getme" ->
          ok(
              "{\"id\":777000111,\"is_bot\":true,\"first_name\":\"Briefing\","
                  + "\"username\":\"BriefingTestBot\"}");
      case "deletewebhook", "setwebhook", "setmycommands" -> ok("true");
      case "getupdates" -> ok("[" + nextUpdates(call.json().path("offset").asLong(0)) + "]");
      case "sendmessage" -> sendMessage(call);
      case "getfile" -> getFile(call.json().path("file_id").asText());
      default -> new MockResponse().setResponseCode(404).setBody("{\"ok\":false}");
    };
  }

  private synchronized String nextUpdates(long offset) throws InterruptedException {
    forgetConfirmed(offset);
    if (pending.isEmpty()) {
      wait(200);
      forgetConfirmed(offset);
    }
    pending.forEach(update -> served.add(update.updateId()));
    return String.join(",", pending.stream().map(Pending::json).toList());
  }

  // An update served before is confirmed by a later poll's offset past it, as Telegram does; one
  // never served stays, whatever its id, since tests queue fixtures out of id order.
  private void forgetConfirmed(long offset) {
    pending.removeIf(update -> served.contains(update.updateId()) && update.updateId() < offset);
  }

  private MockResponse sendMessage(Call call) {
    synchronized (this) {
      MockResponse failure = sendFailures.pollFirst();
      if (failure != null) {
        return failure;
      }
    }
    String chatId = call.json().path("chat_id").asText();
    return ok(
        "{\"message_id\":"
            + messageIds.incrementAndGet()
            + ",\"date\":1764300000,\"chat\":{\"id\":"
            + chatId
            + ",\"type\":\"private\"},\"text\":\"sent\"}");
  }

  private MockResponse getFile(String fileId) {
    StoredFile file = files.get(fileId);
    if (file == null) {
      return new MockResponse()
          .setResponseCode(400)
          .setBody(
              "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
    }
    return ok(
        "{\"file_id\":\""
            + fileId
            + "\",\"file_unique_id\":\"u-"
            + fileId
            + "\","
            + (file.sized() ? "\"file_size\":" + file.content().length + "," : "")
            + "\"file_path\":\""
            + file.path()
            + "\"}");
  }

  private MockResponse download(RecordedRequest request) {
    String path = "/" + String.join("/", request.getRequestUrl().pathSegments());
    fileRequests.add(path);
    for (StoredFile file : files.values()) {
      if (path.endsWith("/" + file.path())) {
        return new MockResponse().setBody(new Buffer().write(file.content()));
      }
    }
    return new MockResponse().setResponseCode(404);
  }

  private static MockResponse ok(String result) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json")
        .setBody("{\"ok\":true,\"result\":" + result + "}");
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  /** A private-chat message update from user and chat {@code chatId}. */
  public static String privateUpdate(int updateId, long chatId, String text) {
    return "{\"update_id\":"
        + updateId
        + ",\"message\":{\"message_id\":"
        + (updateId % 1000)
        + ",\"date\":1764300000,\"from\":{\"id\":"
        + chatId
        + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\"private\"},\"text\":\""
        + text
        + "\"}}";
  }
}
