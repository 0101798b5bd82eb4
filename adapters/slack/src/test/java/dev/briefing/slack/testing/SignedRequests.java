package dev.briefing.slack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Posts to the bot's {@code /slack/events} as Slack does, signing with the signing secret. */
public final class SignedRequests {
  public static final String JSON = "application/json";
  public static final String FORM = "application/x-www-form-urlencoded";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final String secret;

  public SignedRequests(int port, String secret) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.secret = secret;
  }

  /** Slack's v0 signature: HMAC-SHA256 of {@code v0:timestamp:body}, hex, prefixed {@code v0=}. */
  public static String signature(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A correctly signed request, stamped now. */
  public HttpResponse<String> post(String contentType, String body, String... extraHeaders) {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    return send(contentType, body, timestamp, signature(secret, timestamp, body), extraHeaders);
  }

  /** A request with the given timestamp and signature; null leaves the header out. */
  public HttpResponse<String> send(
      String contentType, String body, String timestamp, String signature, String... extraHeaders) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    if (extraHeaders.length > 0) {
      request.headers(extraHeaders);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
