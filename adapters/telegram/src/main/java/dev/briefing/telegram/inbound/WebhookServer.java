package dev.briefing.telegram.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.briefing.core.outbound.DaemonThreads;
import dev.briefing.telegram.settings.TelegramSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * The HTTP endpoint Telegram posts updates to in webhook mode (the JDK's HttpServer; TelegramBots
 * 10 ships no webhook server without Spring). Only POSTs to the webhook's path carrying the secret
 * token header are read; anything else gets 401, 404, 405 or 413 and is not processed.
 */
public final class WebhookServer implements AutoCloseable {
  public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
  private static final int MAX_BODY = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final String path;
  private final byte[] secret;
  private final ObjectMapper json;
  private final Consumer<Update> updates;

  private WebhookServer(
      HttpServer server,
      TelegramSettings.Webhook hook,
      ObjectMapper json,
      Consumer<Update> updates) {
    this.server = server;
    this.executor =
        Executors.newFixedThreadPool(
            2, DaemonThreads.named("telegram-webhook", TelegramMapper.PLATFORM));
    this.path = hook.path();
    this.secret = hook.secret().getBytes(StandardCharsets.UTF_8);
    this.json = json;
    this.updates = updates;
  }

  /** Listens on the webhook's port, on every interface. */
  public static WebhookServer start(
      TelegramSettings.Webhook hook, ObjectMapper json, Consumer<Update> updates)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(hook.port()), 0);
    WebhookServer webhook = new WebhookServer(server, hook, json, updates);
    server.createContext("/", webhook::exchange);
    server.setExecutor(webhook.executor);
    server.start();
    log.info("Listening for Telegram webhook updates on port {}", webhook.port());
    return webhook;
  }

  /** The port listened on, useful when the settings asked for any free port. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange;
        LogContext context = LogContext.platform()) {
      int status = status(exchange);
      exchange.sendResponseHeaders(status, -1);
    } catch (RuntimeException e) {
      log.error("Failed to read a Telegram webhook request", e);
    }
  }

  private int status(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestURI().getPath().equals(path)) {
      return 404;
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      return 405;
    }
    String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret)) {
      log.warn("Rejected a webhook request without the right secret token");
      return 401;
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      return 413;
    }
    Update update;
    try {
      update = json.readValue(body, Update.class);
    } catch (IOException e) {
      log.warn("Ignored a webhook request that is not a Telegram update: {}", e.getMessage());
      return 400;
    }
    try {
      updates.accept(update);
    } catch (RejectedExecutionException e) {
      UpdateConsumer.logNotHandled(update);
      return 503; // Telegram retries, by then at the next instance
    }
    return 200;
  }
}
