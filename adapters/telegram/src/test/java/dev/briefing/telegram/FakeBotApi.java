package dev.briefing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
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
 * (a short long poll over queued updates), sendMessage, sendDocument (multipart), editMessageText
 * (failing as Telegram does for a message gone or left unchanged), answerCallbackQuery,
 * sendChatAction, getChatMember (members are admins of the chats {@link #makeAdmin} names) and
 * getFile, serves the files' bytes under {@code /file/bot<token>/<path>}, and records every call.
 * Method names are matched case-insensitively, as TelegramBots lower-cases them.
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
  // What each message the bot posted shows, by "chatId:messageId": its text and inline keyboard.
  private final Map<String, String> shown = new ConcurrentHashMap<>();
  private final Map<String, List<Integer>> postedIds = new ConcurrentHashMap<>();
  private final Set<String> chatAdmins = ConcurrentHashMap.newKeySet();

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

  /**
   * getChatMember answers {@code administrator} for this user in this chat, else {@code member}.
   */
  public void makeAdmin(long chatId, long userId) {
    chatAdmins.add(chatId + ":" + userId);
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
      case "senddocument" -> sendDocument(call);
      case "editmessagetext" -> editMessageText(call.json());
      case "answercallbackquery" -> ok("true");
      case "getfile" -> getFile(call.json().path("file_id").asText());
      case "sendchataction" -> ok("true");
      case "getchatmember" -> getChatMember(call.json());
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
    int messageId = messageIds.incrementAndGet();
    postedIds.computeIfAbsent(chatId, id -> new CopyOnWriteArrayList<>()).add(messageId);
    shown.put(
        chatId + ":" + messageId,
        call.json().path("text").asText() + call.json().path("reply_markup"));
    return ok(
        "{\"message_id\":"
            + messageId
            + ",\"date\":1764300000,\"chat\":{\"id\":"
            + chatId
            + ",\"type\":\"private\"},\"text\":\"sent\"}");
  }

  // Multipart: the call's body is recorded as is, the file's bytes among its parts.
  private MockResponse sendDocument(Call call) {
    int messageId = messageIds.incrementAndGet();
    return ok(
        "{\"message_id\":"
            + messageId
            + ",\"date\":1764300000,\"chat\":{\"id\":1,\"type\":\"private\"},"
            + "\"document\":{\"file_id\":\"sent-"
            + messageId
            + "\",\"file_unique_id\":\"u-sent-"
            + messageId
            + "\"}}");
  }

  /** The multipart bodies of the sendDocument calls, in order. */
  public List<String> documentBodies() {
    return calls("sendDocument").stream().map(Call::body).toList();
  }

  private MockResponse getChatMember(JsonNode request) {
    String user = request.path("user_id").asText();
    String member = "\"user\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"M\"}";
    if (!chatAdmins.contains(request.path("chat_id").asText() + ":" + user)) {
      return ok("{\"status\":\"member\"," + member + "}");
    }
    return ok(
        "{\"status\":\"administrator\","
            + member
            + ",\"can_be_edited\":false,\"is_anonymous\":false,\"can_manage_chat\":true,"
            + "\"can_delete_messages\":true,\"can_manage_video_chats\":true,"
            + "\"can_restrict_members\":true,\"can_promote_members\":false,"
            + "\"can_change_info\":true,\"can_invite_users\":true,\"can_post_stories\":false,"
            + "\"can_edit_stories\":false,\"can_delete_stories\":false}");
  }

  /** The message {@code messageId} in {@code chatId} is gone: edits of it fail as Telegram's do. */
  public void deleteMessage(String chatId, int messageId) {
    shown.remove(chatId + ":" + messageId);
  }

  /** The ids of the messages sendMessage posted in one chat, in order. */
  public List<Integer> messageIdsIn(String chatId) {
    return List.copyOf(postedIds.getOrDefault(chatId, List.of()));
  }

  /** The editMessageText calls to one chat. */
  public List<JsonNode> editsIn(String chatId) {
    return calls("editMessageText").stream()
        .map(Call::json)
        .filter(json -> json.path("chat_id").asText().equals(chatId))
        .toList();
  }

  /** The answerCallbackQuery calls, in order. */
  public List<JsonNode> buttonAnswers() {
    return calls("answerCallbackQuery").stream().map(Call::json).toList();
  }

  // As Telegram: a message never posted (or deleted) cannot be edited, nor one left unchanged.
  private MockResponse editMessageText(JsonNode edit) {
    String key = edit.path("chat_id").asText() + ":" + edit.path("message_id").asInt();
    String content = edit.path("text").asText() + edit.path("reply_markup");
    String before = shown.get(key);
    if (before == null) {
      return badRequest("message to edit not found");
    }
    if (before.equals(content)) {
      return badRequest("message is not modified");
    }
    shown.put(key, content);
    return ok(
        "{\"message_id\":"
            + edit.path("message_id").asInt()
            + ",\"date\":1764300000,\"chat\":{\"id\":"
            + edit.path("chat_id").asText()
            + ",\"type\":\"private\"},\"text\":\"edited\"}");
  }

  private static MockResponse badRequest(String description) {
    return new MockResponse()
        .setResponseCode(400)
        .setBody(
            "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                + description
                + "\"}");
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

  /** A message update from {@code userId} in group {@code chatId} (negative). */
  public static String groupUpdate(int updateId, long chatId, long userId, String text) {
    return "{\"update_id\":"
        + updateId
        + ",\"message\":{\"message_id\":"
        + (updateId % 1000)
        + ",\"date\":1764300000,\"from\":{\"id\":"
        + userId
        + ",\"is_bot\":false,\"first_name\":\"M\"},\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\"supergroup\",\"title\":\"Desk\"},\"text\":\""
        + text
        + "\"}}";
  }

  /**
   * A callback_query update: {@code userId} pressed a button whose data is {@code data} (none when
   * null) under message {@code messageId} of chat {@code chatId} (private when it is the user's id,
   * else a supergroup), a message the bot posted at {@code posted}.
   */
  public static String callbackUpdate(
      int updateId, long chatId, long userId, int messageId, Instant posted, String data) {
    ObjectNode update = Fixtures.JSON.createObjectNode().put("update_id", updateId);
    ObjectNode query = callback(update, updateId, userId, data);
    ObjectNode message =
        query
            .putObject("message")
            .put("message_id", messageId)
            .put("date", posted.getEpochSecond());
    message
        .putObject("from")
        .put("id", 777000111L)
        .put("is_bot", true)
        .put("first_name", "Briefing")
        .put("username", "BriefingTestBot");
    ObjectNode chat = message.putObject("chat").put("id", chatId);
    if (chatId == userId) {
      chat.put("type", "private").put("first_name", "T");
    } else {
      chat.put("type", "supergroup").put("title", "Desk");
    }
    message.put("text", "Listing");
    return update.toString();
  }

  /** A callback_query update from a button under an inline-mode message: no message to answer. */
  public static String inlineCallbackUpdate(int updateId, long userId, String data) {
    ObjectNode update = Fixtures.JSON.createObjectNode().put("update_id", updateId);
    callback(update, updateId, userId, data).put("inline_message_id", "AAIinline" + updateId);
    return update.toString();
  }

  private static ObjectNode callback(ObjectNode update, int updateId, long userId, String data) {
    ObjectNode query =
        update
            .putObject("callback_query")
            .put("id", "cb" + updateId)
            .put("chat_instance", "ci" + userId);
    query.putObject("from").put("id", userId).put("is_bot", false).put("first_name", "T");
    if (data != null) {
      query.put("data", data);
    }
    return query;
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
