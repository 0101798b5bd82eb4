package dev.briefing.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The readiness rule: serving, the database up, every platform connected, not stopping. */
class AdminPortTest {
  private final AtomicBoolean database = new AtomicBoolean(true);
  private final AtomicBoolean telegramConnected = new AtomicBoolean(false);
  private final AdminPort admin = new AdminPort(database::get);

  @Test
  void isReadyOnlyWhileServingWithTheDatabaseUpAndEveryPlatformConnected() {
    assertThat(admin.unready()).contains("starting");

    admin.serving(
        List.of(frontend("console", () -> true), frontend("telegram", telegramConnected::get)));
    assertThat(admin.unready()).contains("telegram not connected");

    telegramConnected.set(true);
    assertThat(admin.unready()).isEmpty();

    database.set(false);
    assertThat(admin.unready()).contains("database unreachable");

    database.set(true);
    admin.stopping();
    assertThat(admin.unready()).contains("shutting down");
  }

  private static PlatformConnection frontend(String name, BooleanSupplier connected) {
    return new PlatformConnection() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public boolean connected() {
        return connected.getAsBoolean();
      }
    };
  }
}
