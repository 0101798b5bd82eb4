package dev.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Without a token the pages need no login on this machine (other clients are refused 403: {@code
 * LoopbackTest} covers the check, since a test cannot come from another address).
 */
class LoopbackModeIT {
  private final TestConsole console = new TestConsole(Optional.empty());
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void servesALoopbackClientWithoutLogin() throws Exception {
    HttpResponse<String> page = get("/status");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("telegram:-100200300");
    assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
        .contains("HttpOnly", "SameSite=Strict");
    assertThat(get("/login").statusCode()).isEqualTo(302);
  }

  @Test
  void refusesALoopbackRequestForAnotherHostNameAsDnsRebindingWouldSendIt() throws Exception {
    URI status = URI.create(console.url("/status"));
    try (Socket socket = new Socket(status.getHost(), status.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /status HTTP/1.1\r\nHost: rebound.example:"
                  + status.getPort()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(response).startsWith("HTTP/1.1 403");
      assertThat(response).doesNotContain("telegram:-100200300").doesNotContain("Set-Cookie");
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(console.url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
