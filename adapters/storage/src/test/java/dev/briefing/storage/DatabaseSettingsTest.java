package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
  @Test
  void defaultsToAnH2FileUnderData() {
    assertThat(DatabaseSettings.fromEnvironment(Map.of()))
        .isEqualTo(new DatabaseSettings("jdbc:h2:file:./data/briefing", "sa", ""))
        .isEqualTo(DatabaseSettings.embeddedDefault());
  }

  @Test
  void blankVariablesMeanTheDefault() {
    assertThat(
            DatabaseSettings.fromEnvironment(
                Map.of("BRIEFING_DB_URL", " ", "BRIEFING_DB_USER", "", "BRIEFING_DB_PASSWORD", "")))
        .isEqualTo(DatabaseSettings.embeddedDefault());
  }

  @Test
  void readsPostgresqlSettings() {
    var settings =
        DatabaseSettings.fromEnvironment(
            Map.of(
                "BRIEFING_DB_URL", "jdbc:postgresql://db:5432/briefing",
                "BRIEFING_DB_USER", "bot",
                "BRIEFING_DB_PASSWORD", "s3cret"));

    assertThat(settings)
        .isEqualTo(new DatabaseSettings("jdbc:postgresql://db:5432/briefing", "bot", "s3cret"));
  }

  @Test
  void anotherH2FileKeepsTheDefaultUser() {
    assertThat(
            DatabaseSettings.fromEnvironment(
                Map.of("BRIEFING_DB_URL", "jdbc:h2:file:/var/lib/briefing/db")))
        .isEqualTo(new DatabaseSettings("jdbc:h2:file:/var/lib/briefing/db", "sa", ""));
  }

  @Test
  void listsEveryProblemAtOnceWithoutEchoingSecrets() {
    assertThatThrownBy(
            () ->
                DatabaseSettings.fromEnvironment(
                    Map.of(
                        "BRIEFING_DB_URL", "mysql://root:hunter2@db/briefing",
                        "BRIEFING_DB_PASSWORD", "hunter2")))
        .isInstanceOfSatisfying(
            DatabaseSettingsException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "BRIEFING_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, was one"
                            + " starting 'mysql:'",
                        "BRIEFING_DB_PASSWORD is set but BRIEFING_DB_USER is not"));
  }

  @Test
  void postgresqlNeedsAUser() {
    assertThatThrownBy(
            () ->
                DatabaseSettings.fromEnvironment(
                    Map.of("BRIEFING_DB_URL", "jdbc:postgresql://db/briefing")))
        .hasMessage("invalid database settings: BRIEFING_DB_USER must be set for PostgreSQL");
  }

  @Test
  void neverPrintsThePassword() {
    assertThat(new DatabaseSettings("jdbc:h2:mem:x", "sa", "hunter2").toString())
        .doesNotContain("hunter2");
  }
}
