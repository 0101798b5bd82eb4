package db.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuartzTablesScriptTest {
  @Test
  void leavesOutTheScriptsDropsCommentsAndCommit() {
    String script =
        "-- a comment; with a semicolon\n"
            + "DROP TABLE IF EXISTS QRTZ_LOCKS;\n"
            + "CREATE TABLE QRTZ_LOCKS (\n  LOCK_NAME VARCHAR(40) NOT NULL\n);\n"
            + "# another comment\n"
            + "commit;\n";

    assertThat(V2__Quartz_tables.statements(script))
        .containsExactly("CREATE TABLE QRTZ_LOCKS (\n  LOCK_NAME VARCHAR(40) NOT NULL\n)");
  }

  @Test
  void picksQuartzsScriptByDatabaseProduct() {
    assertThat(V2__Quartz_tables.script("H2")).endsWith("tables_h2.sql");
    assertThat(V2__Quartz_tables.script("PostgreSQL")).endsWith("tables_postgres.sql");
  }

  @Test
  void refusesADatabaseItHasNoScriptFor() {
    assertThatThrownBy(() -> V2__Quartz_tables.script("Apache Derby"))
        .hasMessageContaining("H2 and PostgreSQL")
        .hasMessageContaining("Apache Derby");
  }
}
