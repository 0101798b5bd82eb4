package dev.briefing.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A fake Slack Web API on 127.0.0.1: answers auth.test, chat.postMessage and chat.update under
 * {@code /api/}, takes slash command and button responses under {@code /commands/}, serves shared
 * files under {@code /files-pri/} to the bot token only, takes file uploads (files.uploadV2:
 * files.getUploadURLExternal hands out an upload URL under {@code /upload/} on this fake, then
 * files.completeUploadExternal shares the bytes posted there), and records every call with the time
 * it arrived.
 */
public final class FakeSlackApi extends Dispatcher implements AutoCloseable {
  static final String BOT_USER = "U0BOT";

  /** The only token the fake serves files to. */
  public static final String BOT_TOKEN = "xoxb-test-token";

  /** A chat.postMessage call: its form fields. */
  public record Post(Map<String, String> form, long nanoTime) {
    public String channel() {
      return form.get("channel");
    }

    public JsonArray blocks() {
      return Fixtures.GSON.fromJson(form.get("blocks"), JsonArray.class);
    }
  }

  /** A request for a shared file: its path and Authorization header (null when absent). */
  public record Download(String path, String authorization) {}

  /**
   * A file shared by files.completeUploadExternal: what was posted to its upload URL, under the
   * name files.getUploadURLExternal was given, into {@code channel} (and thread, or null).
   */
  public record Upload(
      String fileId, String filename, byte[] content, String channel, String threadTs) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /** A post to a response_url: its JSON body. */
  public record Response(String path, JsonObject json) {}

  private final MockWebServer server = new MockWebServer();
  private final List<Post> posts = new CopyOnWriteArrayList<>();
  private final List<Post> updates = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> updateFailures = new ArrayDeque<>();
  private final List<Response> responses = new CopyOnWriteArrayList<>();
  private final List<String> methods = new CopyOnWriteArrayList<>();
  private final List<Map<String, String>> homeViews = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> postFailures = new ArrayDeque<>();
  private final Deque<MockResponse> responseFailures = new ArrayDeque<>();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final List<Download> downloads = new CopyOnWriteArrayList<>();
  private final Map<String, String> uploadNames = new ConcurrentHashMap<>();
  private final Map<String, byte[]> uploadedBytes = new ConcurrentHashMap<>();
  private final List<Upload> uploads = new CopyOnWriteArrayList<>();
  private final Deque<MockResponse> uploadUrlFailures = new ArrayDeque<>();
  private volatile boolean tokenRefused;
  private final Map<String, String> userRoles = new ConcurrentHashMap<>();
  private volatile String socketModeUrl = "ws://127.0.0.1:1/unused";

  public FakeSlackApi() throws IOException {
    server.setDispatcher(this);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** The Web API base URL, for SLACK_API_URL. */
  public URI apiUrl() {
    return URI.create("http://127.0.0.1:" + server.getPort() + "/api/");
  }

  /** A response_url pointing at this fake. */
  public String responseUrl(String id) {
    return "http://127.0.0.1:" + server.getPort() + "/commands/T0TEAM/" + id;
  }

  /** Serves {@code content} at {@code /files-pri/<path>} and returns its url_private_download. */
  public String serveFile(String path, byte[] content) {
    files.put("/files-pri/" + path, content.clone());
    return fileUrl(path);
  }

  /** The url_private_download of {@code /files-pri/<path>} on this fake. */
  public String fileUrl(String path) {
    return "http://127.0.0.1:" + server.getPort() + "/files-pri/" + path;
  }

  public List<Download> downloads() {
    return List.copyOf(downloads);
  }

  /**
   * users.info reports the user with this role: {@code is_admin}, {@code is_owner} or {@code
   * is_primary_owner} true, or {@code error} for an {@code ok: false} answer; unknown users are
   * members.
   */
  public void userRole(String userId, String role) {
    userRoles.put(userId, role);
  }

  /** From now on auth.test answers invalid_auth. */
  public void refuseToken() {
    tokenRefused = true;
  }

  /** The URL apps.connections.open hands out. */
  public void socketModeUrl(String url) {
    socketModeUrl = url;
  }

  /** The next chat.postMessage calls get these answers, in order. */
  public synchronized void failPosts(MockResponse... failures) {
    postFailures.addAll(List.of(failures));
  }

  /** The next chat.update calls get these answers, in order (and are recorded). */
  public synchronized void failUpdates(MockResponse... failures) {
    updateFailures.addAll(List.of(failures));
  }

  /** The chat.update calls: their form fields (channel, ts, text, blocks). */
  public List<Post> updates() {
    return List.copyOf(updates);
  }

  /** The next posts to a response_url get these answers, in order (and are not recorded). */
  public synchronized void failResponses(MockResponse... failures) {
    responseFailures.addAll(List.of(failures));
  }

  /** The next files.getUploadURLExternal calls get these answers, in order (and are recorded). */
  public synchronized void failUploadUrls(MockResponse... failures) {
    uploadUrlFailures.addAll(List.of(failures));
  }

  /** The files shared by files.completeUploadExternal, in order. */
  public List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  public List<Post> posts() {
    return List.copyOf(posts);
  }

  public List<Post> postsTo(String channel) {
    return posts.stream().filter(p -> channel.equals(p.channel())).toList();
  }

  public List<Response> responses() {
    return List.copyOf(responses);
  }

  /** The views.publish calls: their form fields (user_id, view). */
  public List<Map<String, String>> homeViews() {
    return List.copyOf(homeViews);
  }

  public List<String> methods() {
    return List.copyOf(methods);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getPath() == null ? "" : request.getPath();
    if (path.startsWith("/files-pri/")) {
      return file(path, request.getHeader("Authorization"));
    }
    if (path.startsWith("/upload/")) {
      uploadedBytes.put(path.substring("/upload/".length()), request.getBody().readByteArray());
      return new MockResponse().setBody("OK");
    }
    String body = request.getBody().readUtf8();
    if (path.startsWith("/commands/")) {
      synchronized (this) {
        MockResponse failure = responseFailures.poll();
        if (failure != null) {
          return failure;
        }
      }
      responses.add(new Response(path, Fixtures.GSON.fromJson(body, JsonObject.class)));
      return new MockResponse().setBody("ok");
    }
    String method = path.replaceFirst("^/api/", "").replaceFirst("\\?.*", "");
    methods.add(method);
    return switch (method) {
      case "auth.test" ->
          tokenRefused
              ? json("{\"ok\":false,\"error\":\"invalid_auth\"}")
              : json(
                  "{\"ok\":true,\"url\":\"https://news.slack.com/\",\"team\":\"News\",\"user\":\"briefing\","
                      + "\"team_id\":\"T0TEAM\",\"user_id\":\""
                      + BOT_USER
                      + "\",\"bot_id\":\"B0BOT\"}");
      case "chat.postMessage" -> chatPostMessage(body);
      case "chat.update" -> chatUpdate(body);
      case "users.info" -> usersInfo(form(body).get("user"));
      case "files.getUploadURLExternal" -> uploadUrl(form(body));
      case "files.completeUploadExternal" -> completeUpload(form(body));
      case "views.publish" -> {
        homeViews.add(form(body));
        yield json("{\"ok\":true}");
      }
      case "apps.connections.open" -> json("{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}");
      default -> json("{\"ok\":false,\"error\":\"unknown_method\"}");
    };
  }

  private MockResponse chatPostMessage(String body) {
    Map<String, String> form = form(body);
    posts.add(new Post(form, System.nanoTime()));
    synchronized (this) {
      MockResponse failure = postFailures.poll();
      if (failure != null) {
        return failure;
      }
    }
    return json(
        "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"1700000999.000100\"}");
  }

  private MockResponse chatUpdate(String body) {
    Map<String, String> form = form(body);
    updates.add(new Post(form, System.nanoTime()));
    synchronized (this) {
      MockResponse failure = updateFailures.poll();
      if (failure != null) {
        return failure;
      }
    }
    return json(
        "{\"ok\":true,\"channel\":\""
            + form.get("channel")
            + "\",\"ts\":\""
            + form.get("ts")
            + "\"}");
  }

  private MockResponse uploadUrl(Map<String, String> form) {
    synchronized (this) {
      MockResponse failure = uploadUrlFailures.poll();
      if (failure != null) {
        return failure;
      }
    }
    String id = "F0UP" + (uploadNames.size() + 1);
    uploadNames.put(id, String.valueOf(form.get("filename")));
    String url = "http://127.0.0.1:" + server.getPort() + "/upload/" + id;
    return json("{\"ok\":true,\"upload_url\":\"" + url + "\",\"file_id\":\"" + id + "\"}");
  }

  // Like Slack, a file whose bytes never reached its upload URL is not shared.
  private MockResponse completeUpload(Map<String, String> form) {
    JsonArray files = Fixtures.GSON.fromJson(form.get("files"), JsonArray.class);
    JsonArray shared = new JsonArray();
    for (int i = 0; files != null && i < files.size(); i++) {
      String id = files.get(i).getAsJsonObject().get("id").getAsString();
      byte[] content = uploadedBytes.get(id);
      if (content == null) {
        return json("{\"ok\":false,\"error\":\"file_not_found\"}");
      }
      uploads.add(
          new Upload(
              id, uploadNames.get(id), content, form.get("channel_id"), form.get("thread_ts")));
      JsonObject file = new JsonObject();
      file.addProperty("id", id);
      file.addProperty("name", uploadNames.get(id));
      shared.add(file);
    }
    return json("{\"ok\":true,\"files\":" + shared + "}");
  }

  private MockResponse usersInfo(String userId) {
    String role = userRoles.getOrDefault(String.valueOf(userId), "member");
    if (role.equals("error")) {
      return json("{\"ok\":false,\"error\":\"user_not_found\"}");
    }
    return json(
        "{\"ok\":true,\"user\":{\"id\":\""
            + userId
            + "\",\"team_id\":\"T0TEAM\",\"name\":\"someone\",\"is_admin\":"
            + role.equals("is_admin")
            + ",\"is_owner\":"
            + role.equals("is_owner")
            + ",\"is_primary_owner\":"
            + role.equals("is_primary_owner")
            + "}}");
  }

  // Like Slack, only the bot token gets the file.
  private MockResponse file(String path, String authorization) {
    downloads.add(new Download(path, authorization));
    byte[] content = files.get(path);
    if (!("Bearer " + BOT_TOKEN).equals(authorization)) {
      return new MockResponse().setResponseCode(403).setBody("forbidden");
    }
    if (content == null) {
      return new MockResponse().setResponseCode(404).setBody("file_not_found");
    }
    return new MockResponse()
        .setHeader("Content-Type", "application/octet-stream")
        .setBody(new Buffer().write(content));
  }

  /** A 200 answer with this JSON body. */
  public static MockResponse json(String body) {
    return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      form.put(decode(key), decode(value));
    }
    return form;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
