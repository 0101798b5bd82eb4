package dev.briefing.app;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** The admin server when {@code BRIEFING_ADMIN_PORT} is set, else nothing; closes once. */
final class AdminPort implements AutoCloseable {
  private final AtomicBoolean serving = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private Optional<AdminServer> server = Optional.empty();

  private AdminPort() {}

  static AdminPort open(BriefingConfig config, BotServices services) {
    AdminPort admin = new AdminPort();
    config
        .adminPort()
        .ifPresent(
            port ->
                admin.server =
                    Optional.of(
                        AdminServer.start(
                            port,
                            services::databaseReachable,
                            admin.serving::get,
                            services.metrics()::scrape)));
    return admin;
  }

  /** The bot has started serving its chats: ready from now on. */
  void serving() {
    serving.set(true);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.ifPresent(AdminServer::close);
    }
  }
}
