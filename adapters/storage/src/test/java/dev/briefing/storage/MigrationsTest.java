package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationsTest {
  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  @Test
  void theAppSchemaIsV1AndV2IsLeftForQuartzsTables() {
    MigrationInfo[] applied =
        Flyway.configure()
            .dataSource(database.dataSource())
            .locations("classpath:db/migration")
            .load()
            .info()
            .applied();

    assertThat(Arrays.stream(applied).map(m -> m.getVersion().getVersion())).containsExactly("1");
  }

  @Test
  void openingAnUpToDateDatabaseAgainChangesNothing() {
    database.openAnother();

    MigrationInfo[] applied =
        Flyway.configure().dataSource(database.dataSource()).load().info().applied();
    assertThat(applied).hasSize(1);
  }
}
