package dev.briefing.app.ops;

import dev.briefing.web.OperatorPages;
import dev.briefing.web.OperatorServer;
import dev.briefing.web.Probes;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operator's HTTP port: {@code /healthz} answers 200 while the process runs (liveness), {@code
 * /readyz} 200 only while the bot is ready to serve (readiness), else 503 with the reason; {@code
 * /metrics} the bot's metrics in the Prometheus text format. With the operator pages, also {@code
 * /login}, {@code /playground} and {@code /status} (adapters/web); nothing else is served.
 */
final class AdminServer implements AutoCloseable {
  private final OperatorServer server;

  private AdminServer(OperatorServer server) {
    this.server = server;
  }

  /**
   * @param port the port, 0 for any free one
   * @param unready why the bot is not ready now ("starting", "database unreachable"), or empty
   * @param metrics the metrics, scraped
   */
  static AdminServer start(int port, Supplier<Optional<String>> unready, Supplier<String> metrics) {
    return start(port, unready, metrics, Optional.empty());
  }

  /** As {@link #start(int, Supplier, Supplier)}, with the operator pages when given. */
  static AdminServer start(
      int port,
      Supplier<Optional<String>> unready,
      Supplier<String> metrics,
      Optional<OperatorPages> pages) {
    return new AdminServer(OperatorServer.start(port, new Probes(unready, metrics), pages));
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
