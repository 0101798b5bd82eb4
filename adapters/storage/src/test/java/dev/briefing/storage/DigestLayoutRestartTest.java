package dev.briefing.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.DigestLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chat's digest style and size outlive the process: a file database opened again keeps them. */
class DigestLayoutRestartTest {
  private static final ChatAddress CHAT = ChatAddress.of("slack", "C042");

  @TempDir Path dir;

  @Test
  void aChatsDigestLayoutSurvivesARestart() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:h2:file:" + dir.resolve("briefing"), "sa", "");
    DigestLayout headlines = new DigestLayout(DigestLayout.Style.HEADLINES, 35);
    try (Database database = Database.open(settings)) {
      new JdbcChatSettingsRepository(database.dataSource()).setDigestLayout(CHAT, headlines);
    }

    try (Database database = Database.open(settings)) {
      assertThat(new JdbcChatSettingsRepository(database.dataSource()).findDigestLayout(CHAT))
          .contains(headlines);
    }
  }
}
