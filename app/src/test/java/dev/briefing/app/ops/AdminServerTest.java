package dev.briefing.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.digest.DeliveryOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdminServerTest {
  private final AtomicReference<Optional<String>> unready =
      new AtomicReference<>(Optional.of("starting"));
  private final MicrometerMetrics metrics = new MicrometerMetrics();
  private final AdminServer admin = AdminServer.start(0, unready::get, metrics::scrape);
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    admin.close();
  }

  @Test
  void isLiveAtOnceAndReadyOnlyWhenNothingSaysOtherwise() throws Exception {
    assertThat(get("/healthz")).isEqualTo("200 ok");
    assertThat(get("/readyz")).isEqualTo("503 starting");

    unready.set(Optional.empty());
    assertThat(get("/readyz")).isEqualTo("200 ready");

    unready.set(Optional.of("database unreachable"));
    assertThat(get("/readyz")).isEqualTo("503 database unreachable");
    assertThat(get("/healthz")).isEqualTo("200 ok");
  }

  @Test
  void servesNothingElse() throws Exception {
    assertThat(get("/healthz/extra")).isEqualTo("404 not found");
  }

  @Test
  void servesTheBotsMetricsInThePrometheusFormat() throws Exception {
    metrics.messageIn("telegram");
    metrics.messageIn("telegram");
    metrics.messageOut("slack");
    metrics.answered("telegram", Duration.ofMillis(12));
    metrics.digest(DeliveryOutcome.SENT);
    metrics.digest(DeliveryOutcome.SKIPPED_LATE);
    metrics.platformError("telegram", "429");
    AtomicInteger queued = new AtomicInteger(3);
    metrics.queueDepth("slack", queued::get);

    String scraped = get("/metrics");

    assertThat(scraped)
        .startsWith("200 ")
        .contains("briefing_messages_in_total{platform=\"telegram\"} 2.0")
        .contains("briefing_messages_out_total{platform=\"slack\"} 1.0")
        .contains("briefing_answer_latency_seconds_count{platform=\"telegram\"} 1")
        .contains("briefing_answer_latency_seconds_bucket{platform=\"telegram\",le=")
        .contains("briefing_digests_total{outcome=\"sent\"} 1.0")
        .contains("briefing_digests_total{outcome=\"skipped_late\"} 1.0")
        .contains("briefing_platform_errors_total{code=\"429\",platform=\"telegram\"} 1.0")
        .contains("briefing_outbound_queue_depth{platform=\"slack\"} 3.0")
        .contains("jvm_memory_used_bytes");
    queued.set(0);
    assertThat(get("/metrics")).contains("briefing_outbound_queue_depth{platform=\"slack\"} 0.0");
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + admin.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() + " " + response.body().strip();
  }
}
