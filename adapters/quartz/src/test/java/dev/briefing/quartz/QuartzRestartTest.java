package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.Subscription;
import dev.briefing.storage.Database;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.testing.RecordingChatAdapter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot stops after a chat subscribed and starts again on the same H2 file. */
class QuartzRestartTest {
  @TempDir Path dir;

  @Test
  void aSubscriptionMadeBeforeARestartIsListedAndFiresAfterIt() {
    DatabaseSettings file =
        new DatabaseSettings("jdbc:h2:file:" + dir.resolve("briefing"), "sa", "");
    RecordingChatAdapter chats = new RecordingChatAdapter();
    Subscription subscribed;
    try (Database database = Database.open(file);
        Node before = new Node(database.dataSource(), chats, Node.settings("first"), Node.BEHIND)) {
      before.addArticle("Budget passes", "The council voted for the budget.");
      subscribed = before.subscribeDueNow("chat-1", ZoneId.of("Europe/Berlin"));
    } // stopped before the digest was due to fire: nothing sent yet

    try (Database database = Database.open(file);
        Node after = new Node(database.dataSource(), chats, Node.settings("second"), Node.BEHIND)) {
      assertThat(after.subscriptions.findByChat(subscribed.chat())).containsExactly(subscribed);

      after.scheduler.start();

      await().atMost(Duration.ofSeconds(30)).until(() -> chats.sent().size() == 1);
      assertThat(chats.sent().get(0).reply().text()).contains("Budget passes");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  after
                      .lastDelivery(subscribed)
                      .map(d -> d.status() == DeliveryStatus.SENT)
                      .orElse(false));
    }
  }
}
