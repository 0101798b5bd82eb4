package dev.briefing.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated database for every test: H2 in memory, or a new database on the one embedded
 * PostgreSQL server of the test run. Register as an instance field with {@code @RegisterExtension}.
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {
  private final Function<ExtensionContext, DatabaseSettings> freshDatabase;
  private final List<Database> opened = new ArrayList<>();
  private DatabaseSettings settings;

  private TestDatabase(Function<ExtensionContext, DatabaseSettings> freshDatabase) {
    this.freshDatabase = freshDatabase;
  }

  /** H2 in this JVM; the database lives as long as one of its pools is open. */
  public static TestDatabase h2() {
    return new TestDatabase(
        context -> new DatabaseSettings("jdbc:h2:mem:test-" + UUID.randomUUID(), "sa", ""));
  }

  /** A new database on the embedded PostgreSQL server shared by the whole run. */
  public static TestDatabase postgres() {
    return new TestDatabase(context -> EmbeddedPostgresServer.of(context).newDatabase());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    settings = freshDatabase.apply(context);
    openAnother();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    opened.clear();
  }

  /** The first node's pool. */
  public DataSource dataSource() {
    return opened.get(0).dataSource();
  }

  /** A second pool on the same database, as another node of a cluster would have. */
  public Database openAnother() {
    Database database = Database.open(settings);
    opened.add(database);
    return database;
  }
}
