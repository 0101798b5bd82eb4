package dev.briefing.telegram.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {
  private static final String TOKEN = "123456:ABC-def_ghi";

  @Test
  void defaultsToLongPollingAgainstTheRealBotApi() {
    TelegramSettings settings =
        TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
    assertThat(settings.webhook()).isEmpty();
    assertThat(settings.access().adminCommands())
        .containsExactlyInAnyOrder(
            "subscribe",
            "unsubscribe",
            "pause",
            "resume",
            "timezone",
            "add",
            "feed",
            "use",
            "filter");
  }

  @Test
  void readsWebhookAllowlistsAndAdmins() {
    TelegramSettings settings =
        TelegramSettings.fromEnvironment(
            Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/hook",
                "TELEGRAM_WEBHOOK_SECRET", "s3cret_-X",
                "TELEGRAM_WEBHOOK_PORT", "9000",
                "TELEGRAM_ALLOWED_CHATS", "-100123, 501",
                "TELEGRAM_ALLOWED_USERS", "501",
                "TELEGRAM_ADMINS", "501,502",
                "TELEGRAM_ADMIN_COMMANDS", "/Subscribe, add"));

    assertThat(settings.apiUrl().getPort()).isEqualTo(8081);
    TelegramSettings.Webhook hook = settings.webhook().orElseThrow();
    assertThat(hook.port()).isEqualTo(9000);
    assertThat(hook.path()).isEqualTo("/telegram/hook");
    assertThat(settings.access().allowedChats()).containsExactlyInAnyOrder("-100123", "501");
    assertThat(settings.access().admins()).containsExactlyInAnyOrder("501", "502");
    assertThat(settings.access().adminCommands()).isEqualTo(Set.of("subscribe", "add"));
  }

  @Test
  void listsEveryProblemAtOnce() {
    assertThatThrownBy(
            () ->
                TelegramSettings.fromEnvironment(
                    Map.of(
                        "TELEGRAM_API_URL", "ftp://example.org",
                        "TELEGRAM_WEBHOOK_URL", "http://insecure.example.org/hook",
                        "TELEGRAM_WEBHOOK_PORT", "99999",
                        "TELEGRAM_ALLOWED_USERS", "ann")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TELEGRAM_BOT_TOKEN is required")
        .hasMessageContaining("TELEGRAM_API_URL")
        .hasMessageContaining("TELEGRAM_WEBHOOK_URL must be an https URL")
        .hasMessageContaining("TELEGRAM_WEBHOOK_SECRET is required")
        .hasMessageContaining("TELEGRAM_WEBHOOK_PORT must be between 1 and 65535")
        .hasMessageContaining("not an id: ann");
  }

  @Test
  void rejectsAWebhookSecretWithoutAWebhookUrl() {
    assertThatThrownBy(
            () ->
                TelegramSettings.fromEnvironment(
                    Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_WEBHOOK_SECRET", "abc")))
        .hasMessageContaining("need TELEGRAM_WEBHOOK_URL");
  }

  @Test
  void neverShowsTheTokenOrSecret() {
    TelegramSettings settings =
        TelegramSettings.longPolling(TOKEN)
            .withWebhook(
                new TelegramSettings.Webhook(URI.create("https://bot.example.org/"), "hush", 0));

    assertThat(settings.toString()).doesNotContain("ABC-def_ghi", "hush");
  }

  @Test
  void rejectsAnApiUrlWithAPath() {
    assertThatThrownBy(
            () ->
                TelegramSettings.longPolling(TOKEN).withApiUrl(URI.create("https://h.example/bot")))
        .hasMessageContaining("no path");
  }

  @Test
  void drainsTenSecondsOnCloseUnlessTheEnvironmentSaysOtherwise() {
    assertThat(TelegramSettings.fromEnvironment(Map.of("TELEGRAM_BOT_TOKEN", TOKEN)).drainTimeout())
        .isEqualTo(java.time.Duration.ofSeconds(10));
    assertThat(
            TelegramSettings.fromEnvironment(
                    Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_DRAIN_TIMEOUT_SECONDS", "25"))
                .drainTimeout())
        .isEqualTo(java.time.Duration.ofSeconds(25));
    assertThatThrownBy(
            () ->
                TelegramSettings.fromEnvironment(
                    Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_DRAIN_TIMEOUT_SECONDS", "-1")))
        .hasMessageContaining("TELEGRAM_DRAIN_TIMEOUT_SECONDS must be a number of seconds 0-300");
  }
}
