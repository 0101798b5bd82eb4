package dev.briefing.app.ops;

import dev.briefing.web.OperatorPages;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The admin server when {@code BRIEFING_ADMIN_PORT} is set, else nothing; closes once. Ready while
 * the bot serves: the database answers, every chat front end is connected, and it is not shutting
 * down.
 */
public final class AdminPort implements AutoCloseable {
  private enum State {
    STARTING,
    SERVING,
    STOPPING
  }

  private volatile State state = State.STARTING;
  private volatile List<PlatformConnection> platforms = List.of();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final BooleanSupplier database;
  private Optional<AdminServer> server = Optional.empty();

  /** No server of its own: for {@link #open} and tests of the readiness rule. */
  AdminPort(BooleanSupplier database) {
    this.database = database;
  }

  /**
   * @param port the admin server's port; empty for none
   * @param database whether the database answers now
   * @param metrics the metrics in the Prometheus text format, scraped
   * @param pages the operator pages, built only when there is a port
   */
  public static AdminPort open(
      OptionalInt port,
      BooleanSupplier database,
      Supplier<String> metrics,
      Supplier<Optional<OperatorPages>> pages) {
    AdminPort admin = new AdminPort(database);
    port.ifPresent(
        p ->
            admin.server = Optional.of(AdminServer.start(p, admin::unready, metrics, pages.get())));
    return admin;
  }

  /** The bot has started serving through these platforms: ready while they are connected. */
  public void serving(List<? extends PlatformConnection> platforms) {
    this.platforms = List.copyOf(platforms);
    state = State.SERVING;
  }

  /** The bot is shutting down: not ready from now on, so traffic goes elsewhere. */
  public void stopping() {
    state = State.STOPPING;
  }

  /** Why the bot is not ready now, or empty. */
  Optional<String> unready() {
    if (state == State.STARTING) {
      return Optional.of("starting");
    }
    if (state == State.STOPPING) {
      return Optional.of("shutting down");
    }
    if (!database.getAsBoolean()) {
      return Optional.of("database unreachable");
    }
    return platforms.stream()
        .filter(f -> !f.connected())
        .findFirst()
        .map(f -> f.name() + " not connected");
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.ifPresent(AdminServer::close);
    }
  }
}
