package dev.briefing.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One embedded PostgreSQL for the whole test run, stopped when the run ends. */
public final class EmbeddedPostgresServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final AtomicInteger databases = new AtomicInteger();

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedPostgresServer of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(
            EmbeddedPostgresServer.class, key -> start(), EmbeddedPostgresServer.class);
  }

  /** Creates an empty database and returns how to reach it. */
  public DatabaseSettings newDatabase() {
    String name = "briefing_" + databases.incrementAndGet();
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new DatabaseSettings(postgres.getJdbcUrl("postgres", name), "postgres", "");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private static EmbeddedPostgresServer start() {
    try {
      return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
    }
  }
}
