package dev.briefing.slack.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  @Test
  void httpModeWithDefaults() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_SIGNING_SECRET", "s3cret"));

    assertThat(settings.socketMode()).isFalse();
    assertThat(settings.httpPort()).isEqualTo(3000);
    assertThat(settings.apiUrl()).isEqualTo(URI.create("https://slack.com/api/"));
    assertThat(settings.signingSecret()).contains("s3cret");
  }

  @Test
  void appTokenTurnsOnSocketModeWithoutASigningSecret() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_APP_TOKEN", "xapp-1-A-xyz"));

    assertThat(settings.socketMode()).isTrue();
    assertThat(settings.signingSecret()).isEmpty();
  }

  @Test
  void readsPortAndApiUrlAddingTheTrailingSlash() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s",
                "SLACK_HTTP_PORT", "8080",
                "SLACK_API_URL", "http://127.0.0.1:9999/api"));

    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:9999/api/"));
  }

  @Test
  void listsEveryProblemAtOnce() {
    Map<String, String> env =
        Map.of(
            "SLACK_BOT_TOKEN", "xoxp-user-token",
            "SLACK_HTTP_PORT", "http",
            "SLACK_API_URL", "ftp://example.com/");

    assertThatThrownBy(() -> SlackSettings.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN must be a bot token starting with xoxb-")
        .hasMessageContaining("SLACK_SIGNING_SECRET is required in HTTP mode")
        .hasMessageContaining("SLACK_HTTP_PORT must be a port number")
        .hasMessageContaining("SLACK_API_URL");
  }

  @Test
  void reportsMissingTokenAndAWrongAppToken() {
    assertThatThrownBy(() -> SlackSettings.fromEnvironment(Map.of("SLACK_APP_TOKEN", "xoxb-1")))
        .hasMessageContaining("SLACK_BOT_TOKEN is required")
        .hasMessageContaining("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
  }

  @Test
  void toStringHidesTokensAndSecret() {
    SlackSettings settings =
        new SlackSettings(
            "xoxb-secret-bot",
            java.util.Optional.of("signing-secret"),
            java.util.Optional.of("xapp-secret-app"),
            3000,
            SlackSettings.DEFAULT_API_URL);

    assertThat(settings.toString())
        .doesNotContain("secret-bot", "signing-secret", "secret-app")
        .contains("<redacted>", "https://slack.com/api/");
  }

  @Test
  void recordRejectsHttpModeWithoutSigningSecret() {
    assertThatThrownBy(
            () ->
                new SlackSettings(
                    "xoxb-1",
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    3000,
                    SlackSettings.DEFAULT_API_URL))
        .hasMessageContaining("signingSecret");
  }
}
