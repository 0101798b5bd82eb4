package dev.briefing.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operator's HTTP port: {@code /healthz} answers 200 while the process runs (liveness), {@code
 * /readyz} 200 only while the bot is ready to serve (readiness), else 503 with the reason; {@code
 * /metrics} the bot's metrics in the Prometheus text format. Nothing else is served.
 */
final class AdminServer implements AutoCloseable {
  private final HttpServer server;

  private AdminServer(HttpServer server) {
    this.server = server;
  }

  /**
   * @param port the port, 0 for any free one
   * @param unready why the bot is not ready now ("starting", "database unreachable"), or empty
   * @param metrics the metrics, scraped
   */
  static AdminServer start(int port, Supplier<Optional<String>> unready, Supplier<String> metrics) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
      server.createContext("/healthz", exchange -> reply(exchange, 200, "ok"));
      server.createContext(
          "/readyz",
          exchange -> {
            Optional<String> reason = unready.get();
            if (reason.isPresent()) {
              reply(exchange, 503, reason.get());
            } else {
              reply(exchange, 200, "ready");
            }
          });
      server.createContext(
          "/metrics",
          exchange ->
              reply(exchange, 200, metrics.get(), "text/plain; version=0.0.4; charset=utf-8"));
      server.start();
      return new AdminServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the admin port " + port, e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    reply(exchange, status, body + "\n", "text/plain; charset=utf-8");
  }

  private static void reply(HttpExchange exchange, int status, String body, String type)
      throws IOException {
    if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
      status = 404;
      body = "not found\n";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
