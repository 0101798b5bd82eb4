package dev.briefing.telegram.settings;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.ingest.HttpUrls;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the Telegram adapter needs to run. {@link #toString()} never shows the token or the
 * webhook secret.
 *
 * @param token the bot token from BotFather
 * @param apiUrl the Bot API base URL, {@code https://api.telegram.org} unless a local Bot API
 *     server or a test double stands in
 * @param webhook the webhook endpoint; empty for long polling
 * @param access who may talk to the bot and who may change shared state
 * @param pollTimeout how long one getUpdates long poll may wait for updates
 * @param drainTimeout how long closing waits for queued messages to go out before handing them back
 */
public record TelegramSettings(
    String token,
    URI apiUrl,
    Optional<Webhook> webhook,
    AccessPolicy access,
    Duration pollTimeout,
    Duration drainTimeout) {

  public static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");
  public static final int DEFAULT_WEBHOOK_PORT = 8443;
  public static final Duration DEFAULT_POLL_TIMEOUT = Duration.ofSeconds(50);
  public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_DRAIN_SECONDS = 300;

  private static final Pattern TOKEN = Pattern.compile("[0-9]+:[A-Za-z0-9_-]+");
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
  private static final Pattern ID = Pattern.compile("-?[0-9]+");

  public TelegramSettings {
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw new IllegalArgumentException("token must look like 123456:ABC-def_ghi");
    }
    String urlProblem = apiUrlProblem(apiUrl);
    if (urlProblem != null) {
      throw new IllegalArgumentException(urlProblem);
    }
    webhook = webhook == null ? Optional.empty() : webhook;
    if (access == null) {
      throw new IllegalArgumentException("access must not be null");
    }
    if (pollTimeout == null || pollTimeout.isNegative() || pollTimeout.toSeconds() > 3600) {
      throw new IllegalArgumentException("pollTimeout must be between 0 and 1 hour");
    }
    if (drainTimeout == null
        || drainTimeout.isNegative()
        || drainTimeout.toSeconds() > MAX_DRAIN_SECONDS) {
      throw new IllegalArgumentException("drainTimeout must be between 0 and 5 minutes");
    }
  }

  /** Settings that drain for {@link #DEFAULT_DRAIN_TIMEOUT} when closing. */
  public TelegramSettings(
      String token,
      URI apiUrl,
      Optional<Webhook> webhook,
      AccessPolicy access,
      Duration pollTimeout) {
    this(token, apiUrl, webhook, access, pollTimeout, DEFAULT_DRAIN_TIMEOUT);
  }

  /** Long polling against the real Bot API, with nobody restricted. */
  public static TelegramSettings longPolling(String token) {
    return new TelegramSettings(
        token, DEFAULT_API_URL, Optional.empty(), AccessPolicy.open(), DEFAULT_POLL_TIMEOUT);
  }

  /** The same settings with another Bot API base URL. */
  public TelegramSettings withApiUrl(URI url) {
    return new TelegramSettings(token, url, webhook, access, pollTimeout, drainTimeout);
  }

  /** The same settings receiving updates through this webhook. */
  public TelegramSettings withWebhook(Webhook hook) {
    return new TelegramSettings(
        token, apiUrl, Optional.of(hook), access, pollTimeout, drainTimeout);
  }

  /** The same settings with this access policy. */
  public TelegramSettings withAccess(AccessPolicy policy) {
    return new TelegramSettings(token, apiUrl, webhook, policy, pollTimeout, drainTimeout);
  }

  /** The same settings with another long-poll timeout. */
  public TelegramSettings withPollTimeout(Duration timeout) {
    return new TelegramSettings(token, apiUrl, webhook, access, timeout, drainTimeout);
  }

  /** The same settings with another bound on draining the outbound queue when closing. */
  public TelegramSettings withDrainTimeout(Duration timeout) {
    return new TelegramSettings(token, apiUrl, webhook, access, pollTimeout, timeout);
  }

  /**
   * Reads the settings from environment variables (see the module README), reporting every problem
   * at once.
   *
   * @throws IllegalArgumentException listing each invalid or missing variable
   */
  public static TelegramSettings fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    String token = get(env, "TELEGRAM_BOT_TOKEN");
    if (token == null) {
      problems.add("TELEGRAM_BOT_TOKEN is required (the token BotFather gave you)");
    } else if (!TOKEN.matcher(token).matches()) {
      problems.add("TELEGRAM_BOT_TOKEN does not look like a bot token (123456:ABC-def_ghi)");
    }
    URI apiUrl =
        HttpUrls.setting(
            "TELEGRAM_API_URL",
            get(env, "TELEGRAM_API_URL"),
            DEFAULT_API_URL,
            TelegramSettings::apiUrlProblem,
            problems);
    Optional<Webhook> webhook = webhook(env, problems);
    Set<String> chats = ids(env, "TELEGRAM_ALLOWED_CHATS", problems);
    Set<String> users = ids(env, "TELEGRAM_ALLOWED_USERS", problems);
    Set<String> admins = ids(env, "TELEGRAM_ADMINS", problems);
    Set<String> adminCommands = adminCommands(get(env, "TELEGRAM_ADMIN_COMMANDS"));
    Duration pollTimeout =
        seconds(env, "TELEGRAM_POLL_TIMEOUT_SECONDS", 3600, DEFAULT_POLL_TIMEOUT, problems);
    Duration drainTimeout =
        seconds(
            env,
            "TELEGRAM_DRAIN_TIMEOUT_SECONDS",
            MAX_DRAIN_SECONDS,
            DEFAULT_DRAIN_TIMEOUT,
            problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid Telegram settings:\n- " + String.join("\n- ", problems));
    }
    AccessPolicy access = new AccessPolicy(chats, users, admins, adminCommands);
    return new TelegramSettings(token, apiUrl, webhook, access, pollTimeout, drainTimeout);
  }

  @Override
  public String toString() {
    return "TelegramSettings[token=<redacted>, apiUrl="
        + apiUrl
        + ", webhook="
        + webhook
        + ", access="
        + access
        + ", pollTimeout="
        + pollTimeout
        + ", drainTimeout="
        + drainTimeout
        + "]";
  }

  private static String apiUrlProblem(URI url) {
    if (url == null) {
      return "apiUrl must not be null";
    }
    if (!HttpUrls.isHttpScheme(url.getScheme())) {
      return "apiUrl must be an http or https URL, was " + url;
    }
    if (url.getHost() == null) {
      return "apiUrl must name a host, was " + url;
    }
    String path = url.getPath() == null ? "" : url.getPath();
    if (!path.isEmpty() && !path.equals("/")) {
      return "apiUrl must be scheme, host and port only (no path), was " + url;
    }
    return null;
  }

  private static Optional<Webhook> webhook(Map<String, String> env, List<String> problems) {
    String url = get(env, "TELEGRAM_WEBHOOK_URL");
    String secret = get(env, "TELEGRAM_WEBHOOK_SECRET");
    String port = get(env, "TELEGRAM_WEBHOOK_PORT");
    if (url == null) {
      if (secret != null || port != null) {
        problems.add(
            "TELEGRAM_WEBHOOK_SECRET and TELEGRAM_WEBHOOK_PORT need TELEGRAM_WEBHOOK_URL"
                + " (without it the bot uses long polling)");
      }
      return Optional.empty();
    }
    int before = problems.size();
    URI uri = null;
    try {
      uri = URI.create(url);
      if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
        problems.add("TELEGRAM_WEBHOOK_URL must be an https URL (Telegram requires it): " + url);
      }
    } catch (IllegalArgumentException e) {
      problems.add("TELEGRAM_WEBHOOK_URL is not a URL: " + url);
    }
    if (secret == null) {
      problems.add("TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL");
    } else if (!SECRET.matcher(secret).matches()) {
      problems.add("TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
    }
    int portNumber = DEFAULT_WEBHOOK_PORT;
    if (port != null) {
      try {
        portNumber = Integer.parseInt(port);
        if (portNumber < 1 || portNumber > 65535) {
          problems.add("TELEGRAM_WEBHOOK_PORT must be between 1 and 65535, was " + port);
        }
      } catch (NumberFormatException e) {
        problems.add("TELEGRAM_WEBHOOK_PORT is not a number: " + port);
      }
    }
    return problems.size() == before
        ? Optional.of(new Webhook(uri, secret, portNumber))
        : Optional.empty();
  }

  private static Set<String> ids(Map<String, String> env, String name, List<String> problems) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : list(get(env, name))) {
      if (ID.matcher(id).matches()) {
        ids.add(id);
      } else {
        problems.add(name + " must list numeric ids separated by commas; not an id: " + id);
      }
    }
    return ids;
  }

  private static Set<String> adminCommands(String value) {
    if (value == null) {
      return AccessPolicy.DEFAULT_ADMIN_COMMANDS;
    }
    Set<String> names = new LinkedHashSet<>();
    for (String name : list(value)) {
      names.add(name.replaceFirst("^/", "").toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private static Duration seconds(
      Map<String, String> env, String name, int max, Duration fallback, List<String> problems) {
    String value = get(env, name);
    if (value == null) {
      return fallback;
    }
    try {
      int seconds = Integer.parseInt(value);
      if (seconds >= 0 && seconds <= max) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a number of seconds 0-" + max + ": " + value);
    return fallback;
  }

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String get(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Where Telegram delivers updates when the bot runs behind a webhook.
   *
   * @param url the public https URL registered with setWebhook; its path is the path served
   * @param secret compared with the {@code X-Telegram-Bot-Api-Secret-Token} header of each request
   * @param port the local port the HTTP endpoint listens on; 0 picks a free one
   */
  public record Webhook(URI url, String secret, int port) {
    public Webhook {
      if (url == null || url.getHost() == null) {
        throw new IllegalArgumentException("url must be an absolute URL, was " + url);
      }
      if (secret == null || !SECRET.matcher(secret).matches()) {
        throw new IllegalArgumentException("secret must be 1-256 characters of A-Za-z0-9_-");
      }
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
    }

    /** The path Telegram posts to, "/" when the URL has none. */
    public String path() {
      String path = url.getPath();
      return path == null || path.isEmpty() ? "/" : path;
    }

    @Override
    public String toString() {
      return "Webhook[url=" + url + ", secret=<redacted>, port=" + port + "]";
    }
  }
}
