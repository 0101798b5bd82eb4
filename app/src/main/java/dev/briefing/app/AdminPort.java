package dev.briefing.app;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The admin server when {@code BRIEFING_ADMIN_PORT} is set, else nothing; closes once. Ready while
 * the bot serves: the database answers, every chat front end is connected, and it is not shutting
 * down.
 */
final class AdminPort implements AutoCloseable {
  private enum State {
    STARTING,
    SERVING,
    STOPPING
  }

  private volatile State state = State.STARTING;
  private volatile List<ChatFrontend> frontends = List.of();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final BooleanSupplier database;
  private Optional<AdminServer> server = Optional.empty();

  /** No server of its own: for {@link #open} and tests of the readiness rule. */
  AdminPort(BooleanSupplier database) {
    this.database = database;
  }

  static AdminPort open(BriefingConfig config, BotServices services) {
    AdminPort admin = new AdminPort(services::databaseReachable);
    config
        .adminPort()
        .ifPresent(
            port ->
                admin.server =
                    Optional.of(
                        AdminServer.start(port, admin::unready, services.metrics()::scrape)));
    return admin;
  }

  /** The bot has started serving through these front ends: ready while they are connected. */
  void serving(List<ChatFrontend> frontends) {
    this.frontends = List.copyOf(frontends);
    state = State.SERVING;
  }

  /** The bot is shutting down: not ready from now on, so traffic goes elsewhere. */
  void stopping() {
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
    return frontends.stream()
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
