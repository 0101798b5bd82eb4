package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcRateBudgetTest {
  private static final String TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Test
  void keyNamesThePlatformAndAHashNeverTheToken() {
    String key = JdbcRateBudget.key("Telegram", TOKEN);

    assertThat(key).matches("telegram:[0-9a-f]{16}").doesNotContain("AAHdq").doesNotContain("1234");
    assertThat(JdbcRateBudget.key("telegram", TOKEN)).isEqualTo(key);
    assertThat(JdbcRateBudget.key("telegram", TOKEN + "x")).isNotEqualTo(key);
  }

  @Test
  void h2IsASingleInstanceSoItGetsNoSharedBudget() {
    try (Database h2 = Database.open(h2Settings())) {
      assertThat(JdbcRateBudget.shared(h2, "telegram:abc", 30)).isEmpty();
    }
  }

  @Test
  void theRateBudgetTableTakesABucketsBytesOnH2() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        var insert =
            connection.prepareStatement("INSERT INTO rate_budget (id, state) VALUES (?, ?)")) {
      insert.setString(1, "telegram:abc@30/s");
      insert.setBytes(2, new byte[] {1, 2, 3});
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void withoutItsDatabaseTheBudgetPacesThisInstanceAtTheSameRate() {
    Database closed = Database.open(h2Settings());
    closed.close();
    Clock frozen = Clock.fixed(T0, ZoneOffset.UTC);
    JdbcRateBudget budget = new JdbcRateBudget(closed.dataSource(), "telegram:abc", 20, frozen);

    assertThat(budget.take(T0)).isZero();
    assertThat(budget.take(T0)).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void rejectsARateItCannotKeep() {
    assertThatThrownBy(() -> new JdbcRateBudget(database.dataSource(), "k", 0, Clock.systemUTC()))
        .hasMessageContaining("perSecond");
    assertThatThrownBy(
            () -> new JdbcRateBudget(database.dataSource(), "k", 1001, Clock.systemUTC()))
        .hasMessageContaining("perSecond");
    assertThatThrownBy(() -> new JdbcRateBudget(database.dataSource(), " ", 30, Clock.systemUTC()))
        .hasMessageContaining("key");
  }

  private static DatabaseSettings h2Settings() {
    return new DatabaseSettings("jdbc:h2:mem:budget-" + UUID.randomUUID(), "sa", "");
  }
}
