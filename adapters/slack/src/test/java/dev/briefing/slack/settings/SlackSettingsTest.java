package dev.briefing.slack.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.chat.AccessPolicy;
import java.net.URI;
import java.util.HashMap;
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

  @Test
  void withoutAccessVariablesEveryoneIsAllowedAndDefaultAdminCommandsApply() {
    SlackAccess access =
        SlackSettings.fromEnvironment(
                Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"))
            .access();

    assertThat(access.workspaces()).isEmpty();
    assertThat(access.admitsWorkspace("T0ANY")).isTrue();
    assertThat(access.policy()).isEqualTo(AccessPolicy.open());
  }

  @Test
  void readsWorkspacesChannelsUsersAdminsAndAdminCommands() {
    Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-1"));
    env.put("SLACK_APP_TOKEN", "xapp-1");
    env.put("SLACK_ALLOWED_WORKSPACES", "T0TEAM, T0OTHER");
    env.put("SLACK_ALLOWED_CHANNELS", "C0NEWS,G0PRIVATE, D0ALICE");
    env.put("SLACK_ALLOWED_USERS", "U0ALICE,W0ENTERPRISE");
    env.put("SLACK_ADMINS", "U0ADMIN");
    env.put("SLACK_ADMIN_COMMANDS", "/Subscribe, feed");

    SlackAccess access = SlackSettings.fromEnvironment(env).access();

    assertThat(access.workspaces()).containsExactlyInAnyOrder("T0TEAM", "T0OTHER");
    assertThat(access.admitsWorkspace("T0TEAM")).isTrue();
    assertThat(access.admitsWorkspace("T0FOREIGN")).isFalse();
    assertThat(access.admitsWorkspace(null)).isFalse();
    assertThat(access.policy().allowedChats())
        .containsExactlyInAnyOrder("C0NEWS", "G0PRIVATE", "D0ALICE");
    assertThat(access.policy().allowedUsers()).containsExactlyInAnyOrder("U0ALICE", "W0ENTERPRISE");
    assertThat(access.policy().admins()).containsExactly("U0ADMIN");
    assertThat(access.policy().adminCommands()).containsExactlyInAnyOrder("subscribe", "feed");
  }

  @Test
  void anEmptyAdminCommandsValueMeansNone() {
    SlackAccess access =
        SlackSettings.fromEnvironment(
                Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-1",
                    "SLACK_APP_TOKEN", "xapp-1",
                    "SLACK_ADMIN_COMMANDS", " "))
            .access();

    assertThat(access.policy().adminCommands()).isEmpty();
  }

  @Test
  void listsEveryMalformedIdAndCommandWithTheOtherProblems() {
    Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxp-user-token"));
    env.put("SLACK_ALLOWED_WORKSPACES", "news-team");
    env.put("SLACK_ALLOWED_CHANNELS", "C0NEWS, #general");
    env.put("SLACK_ALLOWED_USERS", "@alice");
    env.put("SLACK_ADMINS", "C0NEWS");
    env.put("SLACK_ADMIN_COMMANDS", "subscribe, sub scribe");

    assertThatThrownBy(() -> SlackSettings.fromEnvironment(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN must be a bot token")
        .hasMessageContaining("SLACK_SIGNING_SECRET is required")
        .hasMessageContaining("SLACK_ALLOWED_WORKSPACES must list workspace (team) ids")
        .hasMessageContaining("not one: news-team")
        .hasMessageContaining("SLACK_ALLOWED_CHANNELS must list channel ids")
        .hasMessageContaining("not one: #general")
        .hasMessageContaining("SLACK_ALLOWED_USERS must list user ids")
        .hasMessageContaining("not one: @alice")
        .hasMessageContaining("SLACK_ADMINS must list user ids")
        .hasMessageContaining("SLACK_ADMIN_COMMANDS must list command names")
        .hasMessageContaining("not one: sub scribe")
        .satisfies(
            e -> assertThat(e.getMessage().lines().filter(l -> l.startsWith("- "))).hasSize(7));
  }

  @Test
  void withAccessKeepsEverythingElse() {
    SlackAccess access = new SlackAccess(java.util.Set.of("T0TEAM"), AccessPolicy.open());
    SlackSettings settings = SlackSettings.http("xoxb-1", "s", 0).withAccess(access);

    assertThat(settings.access()).isEqualTo(access);
    assertThat(settings.withApiUrl(URI.create("http://127.0.0.1:1/api/")).access())
        .isEqualTo(access);
  }
}
