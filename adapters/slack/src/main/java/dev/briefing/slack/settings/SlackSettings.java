package dev.briefing.slack.settings;

import dev.briefing.core.ingest.HttpUrls;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the Slack adapter needs to run. Socket Mode when an app-level token is given,
 * otherwise HTTP mode with signed requests on {@code /slack/events}. {@link #toString()} never
 * shows a token or the signing secret.
 *
 * @param botToken the bot token, {@code xoxb-…}
 * @param signingSecret verifies requests in HTTP mode; unused in Socket Mode
 * @param appToken the app-level token, {@code xapp-…}, that turns Socket Mode on
 * @param httpPort the port of the HTTP endpoint in HTTP mode; 0 picks a free one
 * @param apiUrl the Web API base URL, ending in {@code /}; {@code https://slack.com/api/} unless a
 *     test double stands in
 * @param access the workspaces, channels and users the bot answers, and who runs admin commands
 */
public record SlackSettings(
    String botToken,
    Optional<String> signingSecret,
    Optional<String> appToken,
    int httpPort,
    URI apiUrl,
    SlackAccess access) {

  public static final URI DEFAULT_API_URL = URI.create("https://slack.com/api/");
  public static final int DEFAULT_HTTP_PORT = 3000;

  public SlackSettings {
    if (botToken == null || !botToken.startsWith("xoxb-")) {
      throw new IllegalArgumentException("botToken must be a bot token starting with xoxb-");
    }
    signingSecret = signingSecret == null ? Optional.empty() : signingSecret;
    appToken = appToken == null ? Optional.empty() : appToken;
    if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
      throw new IllegalArgumentException("appToken must be an app-level token starting with xapp-");
    }
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      throw new IllegalArgumentException("signingSecret is required in HTTP mode (no appToken)");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("httpPort must be between 0 and 65535, was " + httpPort);
    }
    String urlProblem = apiUrlProblem(apiUrl);
    if (urlProblem != null) {
      throw new IllegalArgumentException(urlProblem);
    }
    if (access == null) {
      throw new IllegalArgumentException("access must not be null");
    }
  }

  /** Settings that let every workspace, channel and user in ({@link SlackAccess#open()}). */
  public SlackSettings(
      String botToken,
      Optional<String> signingSecret,
      Optional<String> appToken,
      int httpPort,
      URI apiUrl) {
    this(botToken, signingSecret, appToken, httpPort, apiUrl, SlackAccess.open());
  }

  /** HTTP mode against the real Web API. */
  public static SlackSettings http(String botToken, String signingSecret, int port) {
    return new SlackSettings(
        botToken, Optional.of(signingSecret), Optional.empty(), port, DEFAULT_API_URL);
  }

  /** The same settings with another Web API base URL. */
  public SlackSettings withApiUrl(URI url) {
    return new SlackSettings(botToken, signingSecret, appToken, httpPort, url, access);
  }

  /** The same settings with this access policy. */
  public SlackSettings withAccess(SlackAccess policy) {
    return new SlackSettings(botToken, signingSecret, appToken, httpPort, apiUrl, policy);
  }

  /** True when events arrive over a Socket Mode connection rather than HTTP. */
  public boolean socketMode() {
    return appToken.isPresent();
  }

  /**
   * Reads the settings from environment variables (see the module README), reporting every problem
   * at once.
   *
   * @throws IllegalArgumentException listing each invalid or missing variable
   */
  public static SlackSettings fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    String botToken = get(env, "SLACK_BOT_TOKEN");
    if (botToken == null) {
      problems.add("SLACK_BOT_TOKEN is required (the Bot User OAuth Token, xoxb-…)");
    } else if (!botToken.startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    }
    String appToken = get(env, "SLACK_APP_TOKEN");
    if (appToken != null && !appToken.startsWith("xapp-")) {
      problems.add("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
    }
    String secret = get(env, "SLACK_SIGNING_SECRET");
    if (appToken == null && secret == null) {
      problems.add(
          "SLACK_SIGNING_SECRET is required in HTTP mode"
              + " (or set SLACK_APP_TOKEN to use Socket Mode)");
    }
    int port = port(get(env, "SLACK_HTTP_PORT"), problems);
    URI apiUrl =
        HttpUrls.setting(
            "SLACK_API_URL",
            withSlash(get(env, "SLACK_API_URL")),
            DEFAULT_API_URL,
            SlackSettings::apiUrlProblem,
            problems);
    SlackAccess access = SlackAccess.fromEnvironment(env, problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid Slack settings:\n- " + String.join("\n- ", problems));
    }
    return new SlackSettings(
        botToken, Optional.ofNullable(secret), Optional.ofNullable(appToken), port, apiUrl, access);
  }

  @Override
  public String toString() {
    return "SlackSettings[botToken=<redacted>, signingSecret="
        + signingSecret.map(s -> "<redacted>").orElse("<none>")
        + ", appToken="
        + appToken.map(s -> "<redacted>").orElse("<none>")
        + ", httpPort="
        + httpPort
        + ", apiUrl="
        + apiUrl
        + ", access="
        + access
        + "]";
  }

  private static int port(String value, List<String> problems) {
    if (value == null) {
      return DEFAULT_HTTP_PORT;
    }
    try {
      int port = Integer.parseInt(value);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("SLACK_HTTP_PORT must be a port number 1-65535: " + value);
    return DEFAULT_HTTP_PORT;
  }

  private static String withSlash(String value) {
    return value == null || value.endsWith("/") ? value : value + "/";
  }

  private static String apiUrlProblem(URI url) {
    if (url == null) {
      return "apiUrl must not be null";
    }
    if (!HttpUrls.isHttp(url)) {
      return "apiUrl must be an http or https URL with a host, was " + url;
    }
    if (!url.getPath().endsWith("/")) {
      return "apiUrl must end with /, was " + url;
    }
    return null;
  }

  private static String get(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
