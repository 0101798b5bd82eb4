package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Quartz's job store tables ({@code QRTZ_*}) with the DDL that ships in Quartz's own jar,
 * so the scheduler's schema always matches the Quartz version on the class path and lives in the
 * app's database, migrated with it. The script's {@code DROP TABLE} lines are left out: a database
 * that already holds another application's Quartz tables fails here instead of losing them.
 */
public class V2__Quartz_tables extends BaseJavaMigration {
  private static final String SCRIPTS = "org/quartz/impl/jdbcjobstore/";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String script = script(connection.getMetaData().getDatabaseProductName());
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
    }
  }

  /** The Quartz script for the database: H2 and PostgreSQL are the ones the bot supports. */
  static String script(String databaseProduct) {
    String product = databaseProduct.toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return SCRIPTS + "tables_h2.sql";
    }
    if (product.contains("postgres")) {
      return SCRIPTS + "tables_postgres.sql";
    }
    throw new IllegalStateException(
        "the scheduler's tables are known for H2 and PostgreSQL only, not " + databaseProduct);
  }

  /** The script's statements without comments, DROP TABLE and COMMIT lines. */
  static List<String> statements(String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (!trimmed.startsWith("--") && !trimmed.startsWith("#")) {
        code.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : code.toString().split(";")) {
      String sql = statement.strip();
      String upper = sql.toUpperCase(Locale.ROOT);
      if (!sql.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
        statements.add(sql);
      }
    }
    return statements;
  }

  private static String read(String resource) {
    try (InputStream in = V2__Quartz_tables.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: is Quartz on the class path?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
