package dev.briefing.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Posts updates to the bot's webhook as Telegram does, with or without the secret token. */
final class TelegramUpdates {
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI hook;
  private final String secret;
  private final AtomicInteger updateIds = new AtomicInteger(1);

  TelegramUpdates(int port, String path, String secret) {
    this.hook = URI.create("http://127.0.0.1:" + port + path);
    this.secret = secret;
  }

  /** A private-chat message from user {@code chatId}, posted with the right secret: the status. */
  int send(long chatId, String text) {
    return post(privateMessage(updateIds.getAndIncrement(), chatId, text), secret);
  }

  /** As {@link #send(long, String)} with this update id, which is also the message id. */
  int send(int updateId, long chatId, String text) {
    return post(privateMessage(updateId, chatId, text), secret);
  }

  /** Posts {@code body} with this secret token header (none when null): the status. */
  int post(String body, String secretToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(hook)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (secretToken != null) {
      request.header(SECRET_HEADER, secretToken);
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

  int nextUpdateId() {
    return updateIds.getAndIncrement();
  }

  static String privateMessage(int updateId, long chatId, String text) {
    return "{\"update_id\":"
        + updateId
        + ",\"message\":{\"message_id\":"
        + updateId
        + ",\"date\":1764300000,\"from\":{\"id\":"
        + chatId
        + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\"private\"},\"text\":"
        + Json.quote(text)
        + "}}";
  }
}
