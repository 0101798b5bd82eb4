package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class ConflictWarningIT {
  @Test
  void saysOnceThatAnotherInstanceIsPollingAndNeverPrintsTheUrl() throws Exception {
    List<String> warnings = new CopyOnWriteArrayList<>();
    try (MockWebServer server = new MockWebServer()) {
      String conflict =
          "{\"ok\":false,\"error_code\":409,\"description\":\"Conflict: terminated by other"
              + " getUpdates request\"}";
      server.enqueue(new MockResponse().setResponseCode(409).setBody(conflict));
      server.enqueue(new MockResponse().setResponseCode(409).setBody(conflict));
      server.enqueue(new MockResponse().setBody("{\"ok\":true,\"result\":[]}"));
      server.enqueue(new MockResponse().setResponseCode(409).setBody(conflict));
      server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
      OkHttpClient client =
          new OkHttpClient.Builder().addInterceptor(new ConflictWarning(warnings::add)).build();

      for (int i = 0; i < 4; i++) {
        Request request =
            new Request.Builder()
                .url(server.url("/bot123456:SECRET-token/getupdates"))
                .post(RequestBody.create("{}", MediaType.parse("application/json")))
                .build();
        try (Response response = client.newCall(request).execute()) {
          response.body().string();
        }
      }
    }

    assertThat(warnings).containsExactly(ConflictWarning.MESSAGE, ConflictWarning.MESSAGE);
    assertThat(warnings).noneMatch(w -> w.contains("SECRET-token") || w.contains("http"));
  }
}
