package dev.briefing.slack.inbound;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP endpoint on the JDK's HTTP server: every POST to {@value #PATH} goes through {@link
 * App#run}, whose request verification answers 401 to a missing, forged or stale signature before
 * any listener runs. Bolt only refuses timestamps more than five minutes old; this endpoint also
 * refuses those more than five minutes ahead, so no signed request is valid for longer than Slack
 * intends. Public for {@code SlackBot}, which starts and closes it; not for the app.
 */
public final class SlackHttpServer implements AutoCloseable {
  /** Where Slack posts events, interactions and slash commands. */
  static final String PATH = "/slack/events";

  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
  private static final int MAX_BODY = 1 << 20;
  private static final long MAX_SKEW_SECONDS = 5 * 60;
  private static final String TIMESTAMP = SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP;
  private static final String SIGNATURE = SlackSignature.HeaderNames.X_SLACK_SIGNATURE;

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final Clock clock;
  private final SlackSignature.Verifier verifier;

  private SlackHttpServer(App app, HttpServer server, Clock clock) {
    this.app = app;
    String secret = app.config().getSigningSecret();
    this.verifier =
        secret == null || secret.isBlank()
            ? null
            : new SlackSignature.Verifier(new SlackSignature.Generator(secret));
    this.parser = new SlackRequestParser(app.config());
    this.server = server;
    this.clock = clock;
  }

  /**
   * Listens on {@code port} (0: any free one) with requests handled on {@code executor}; {@code
   * clock} tells request timestamps from the future.
   */
  public static SlackHttpServer start(App app, int port, ExecutorService executor, Clock clock)
      throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(port), 0);
    SlackHttpServer server = new SlackHttpServer(app, http, clock);
    http.createContext(PATH, server::handle);
    http.setExecutor(executor);
    http.start();
    return server;
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(1); // lets the requests being acknowledged finish (JDK 17 waits the whole second)
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
        write(exchange, 405, "text/plain", "POST only");
        return;
      }
      String body = readBody(exchange.getRequestBody());
      if (body == null) {
        write(exchange, 413, "text/plain", "request too large");
        return;
      }
      if (fromTheFuture(exchange.getRequestHeaders().getFirst(TIMESTAMP))) {
        log.debug("Refused a Slack request stamped more than five minutes ahead");
        write(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
        return;
      }
      if (!signed(exchange, body)) {
        log.debug("Refused a Slack request without a valid signature");
        write(exchange, 401, "application/json", "{\"error\":\"invalid request\"}");
        return;
      }
      Request<?> request;
      try {
        request = parse(exchange, body);
      } catch (RuntimeException e) { // a signed body that is not the JSON Slack sends
        log.warn(
            "Refused a Slack request whose payload is not valid: {}", e.getClass().getSimpleName());
        write(exchange, 400, "text/plain", "invalid payload");
        return;
      }
      Response response = app.run(request);
      write(exchange, response.getStatusCode(), response.getContentType(), response.getBody());
    } catch (Exception e) {
      log.error("Failed to handle a Slack request", e);
      write(exchange, 500, "text/plain", "");
    } finally {
      exchange.close();
    }
  }

  // Checked before the body is parsed, so an unsigned request cannot reach Bolt's parser (whose
  // failures on odd payloads would otherwise be answered 500 and logged as errors); Bolt checks
  // the signature again before any listener runs.
  private boolean signed(HttpExchange exchange, String body) {
    if (verifier == null) {
      return true;
    }
    String timestamp = exchange.getRequestHeaders().getFirst(TIMESTAMP);
    String signature = exchange.getRequestHeaders().getFirst(SIGNATURE);
    return timestamp != null && signature != null && verifier.isValid(timestamp, body, signature);
  }

  // A missing or malformed timestamp is left to Bolt, which refuses it.
  private boolean fromTheFuture(String timestamp) {
    try {
      return timestamp != null
          && Long.parseLong(timestamp.strip())
              > clock.instant().getEpochSecond() + MAX_SKEW_SECONDS;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Request<?> parse(HttpExchange exchange, String body) {
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, List<String>> queryString = QueryStringParser.toMap(query);
    SlackRequestParser.HttpRequest raw =
        SlackRequestParser.HttpRequest.builder()
            .requestUri(exchange.getRequestURI().getPath())
            .queryString(queryString)
            .headers(new RequestHeaders(exchange.getRequestHeaders()))
            .requestBody(body)
            .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
            .build();
    return parser.parse(raw);
  }

  private static String readBody(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BODY + 1);
    return bytes.length > MAX_BODY ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  private static void write(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      exchange.getResponseHeaders().set("Content-Type", type);
    }
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
