package dev.briefing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminServerTest {
  private final AtomicBoolean database = new AtomicBoolean(true);
  private final AtomicBoolean serving = new AtomicBoolean(false);
  private final AdminServer admin = AdminServer.start(0, database::get, serving::get);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    admin.close();
  }

  @Test
  void isLiveAtOnceAndReadyOnlyWhileServingWithTheDatabaseUp() throws Exception {
    assertThat(get("/healthz")).isEqualTo("200 ok");
    assertThat(get("/readyz")).isEqualTo("503 starting");

    serving.set(true);
    assertThat(get("/readyz")).isEqualTo("200 ready");

    database.set(false);
    assertThat(get("/readyz")).isEqualTo("503 database unreachable");
    assertThat(get("/healthz")).isEqualTo("200 ok");
  }

  @Test
  void servesNothingElse() throws Exception {
    assertThat(get("/healthz/extra")).isEqualTo("404 not found");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body().strip();
  }
}
