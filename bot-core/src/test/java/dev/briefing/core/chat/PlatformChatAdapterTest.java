package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.testing.RecordingChatAdapter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlatformChatAdapterTest {
  private final RecordingChatAdapter console = new RecordingChatAdapter();
  private final RecordingChatAdapter telegram = new RecordingChatAdapter();
  private final PlatformChatAdapter adapter = new PlatformChatAdapter();

  @BeforeEach
  void register() {
    adapter.register("console", console);
    adapter.register("telegram", telegram);
  }

  @Test
  void sendsThroughTheAdapterOfTheChatsPlatform() {
    adapter.send(ChatAddress.of("telegram", "42"), Reply.text("digest"));

    assertThat(telegram.sent()).extracting(s -> s.chat().chatId()).containsExactly("42");
    assertThat(console.sent()).isEmpty();
  }

  @Test
  void aPlatformTheBotDoesNotRunOnIsAnErrorNamingTheOnesItDoes() {
    assertThatThrownBy(() -> adapter.send(ChatAddress.of("slack", "C1"), Reply.text("digest")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not running on slack")
        .hasMessageContaining("console, telegram");
  }

  @Test
  void deliversThroughTheAdapterOfTheChatsPlatformAndCompletesWhenItIsSent() {
    var delivered = adapter.deliver(ChatAddress.of("telegram", "42"), Reply.text("digest"));

    assertThat(delivered).isCompleted();
    assertThat(telegram.sent()).extracting(s -> s.chat().chatId()).containsExactly("42");
  }

  @Test
  void aDeliveryToAPlatformTheBotDoesNotRunOnFailsItsFuture() {
    var delivered = adapter.deliver(ChatAddress.of("slack", "C1"), Reply.text("digest"));

    assertThat(delivered)
        .failsWithin(Duration.ZERO)
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(IllegalStateException.class)
        .withMessageContaining("not running on slack");
  }
}
