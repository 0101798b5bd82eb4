package dev.briefing.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests into the bot's {@code /slack/events} as Slack makes them, signed with the signing
 * secret, and the forgeries of the security suite: any timestamp, any signature, headers left out.
 * (The adapter's own {@code SignedRequests} keeps its forging methods package-private.)
 */
final class SlackRequests {
  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI endpoint;
  private final String secret;

  SlackRequests(int port, String secret) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.secret = secret;
  }

  /** Posts a correctly signed request stamped now: the status. */
  int post(String contentType, String body) {
    String timestamp = now();
    return send(contentType, body, timestamp, signature(secret, timestamp, body));
  }

  /** A request with this timestamp and signature header (left out when null): the status. */
  int send(String contentType, String body, String timestamp, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String secret() {
    return secret;
  }

  static String now() {
    return String.valueOf(Instant.now().getEpochSecond());
  }

  /** Slack's v0 signature: HMAC-SHA256 of {@code v0:timestamp:body}, hex, prefixed {@code v0=}. */
  static String signature(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A direct message event from user U0ALICE in channel {@code channel}. */
  static String directMessage(String eventId, String channel, String text) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\","
        + "\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U0ALICE\","
        + "\"text\":"
        + Json.quote(text)
        + ",\"ts\":\"1700000100.000300\",\"channel\":\""
        + channel
        + "\",\"event_ts\":\"1700000100.000300\",\"team\":\"T0TEAM\"},"
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"T0TEAM\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}";
  }

  /** A mention of the bot in channel {@code channel}; the bot answers in the thread {@code ts}. */
  static String mention(String eventId, String channel, String ts, String text) {
    return "{\"token\":\"legacy\",\"team_id\":\"T0TEAM\",\"api_app_id\":\"A0APP\","
        + "\"event\":{\"type\":\"app_mention\",\"user\":\"U0ALICE\",\"text\":"
        + Json.quote("<@U0BOT> " + text)
        + ",\"ts\":\""
        + ts
        + "\",\"channel\":\""
        + channel
        + "\",\"event_ts\":\""
        + ts
        + "\",\"team\":\"T0TEAM\"},"
        + "\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"T0TEAM\",\"user_id\":\"U0BOT\",\"is_bot\":true}]}";
  }

  /** The {@code /briefing} slash command's form body. */
  static String slashCommand(String channel, String text, String responseUrl, String triggerId) {
    return "token=legacy&team_id=T0TEAM&team_domain=news&channel_id="
        + channel
        + "&channel_name=directmessage&user_id=U0ALICE&user_name=alice&command=%2Fbriefing&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&is_enterprise_install=false&response_url="
        + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8)
        + "&trigger_id="
        + triggerId;
  }
}
