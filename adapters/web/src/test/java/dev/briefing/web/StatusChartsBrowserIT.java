package dev.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.web.access.AdminToken;
import dev.briefing.web.metrics.MetricsHistory;
import dev.briefing.web.metrics.MetricsSample;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The status page's charts in a real browser: Chart.js from the WebJar and {@code charts.js} under
 * the page's strict Content-Security-Policy draw the metrics history from {@code
 * /status/metrics.json}.
 */
class StatusChartsBrowserIT {
  private static final List<String> CHARTS =
      List.of("chart-messages", "chart-latency", "chart-digests");

  private ChromeDriver browser;
  private TestConsole console;

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (console != null) {
      console.close();
    }
  }

  @Test
  void theChartsRenderTheLast24Hours() {
    List<MetricsSample> day = aDayOfSamples();
    open(() -> day);

    for (String id : CHARTS) {
      Dimension size = browser.findElement(By.id(id)).getSize();
      assertThat(size.getWidth()).as(id + " width").isPositive();
      assertThat(size.getHeight()).as(id + " height").isPositive();
      assertThat(script("return Chart.getChart(document.getElementById('" + id + "')) != null;"))
          .as(id + " has a chart")
          .isEqualTo(true);
    }
    assertThat(chartValue("chart-messages", "data.labels.length")).isEqualTo(1_440L);
    assertThat(chartValue("chart-messages", "data.datasets.map(d => d.label).join(',')"))
        .isEqualTo("in,out");
    assertThat(chartValue("chart-latency", "data.datasets[1].data[60]")).isEqualTo(120L);
    // Digests stack by hour: 24 bars (25 when the day does not start on the hour).
    assertThat((Long) chartValue("chart-digests", "data.labels.length")).isBetween(24L, 25L);
    assertThat(chartValue("chart-digests", "data.datasets.map(d => d.label).join(',')"))
        .isEqualTo("failed,sent");
    assertThat(chartValue("chart-digests", "data.datasets[1].data.reduce((a, b) => a + b, 0)"))
        .isEqualTo(24L);
    assertThat(browserErrors()).isEmpty();
  }

  @Test
  void drawsEmptyChartsBeforeTheFirstSample() {
    open(MetricsHistory.NONE);

    for (String id : CHARTS) {
      assertThat(chartValue(id, "data.labels.length")).as(id).isEqualTo(0L);
    }
    assertThat(browserErrors()).isEmpty();
  }

  /** Signs in, opens the status page and waits until charts.js says it has drawn. */
  private void open(MetricsHistory history) {
    browser = Browser.start();
    console = new TestConsole(Optional.of(new AdminToken(TestConsole.TOKEN)), history);
    browser.get(console.url("/login"));
    browser.findElement(By.id("token")).sendKeys(TestConsole.TOKEN);
    browser.findElement(By.id("sign-in")).click();
    // Wait for the sign-in to land before leaving the page: navigating at once could cancel the
    // form's POST, and /status would then send the browser back to /login.
    await().atMost(Duration.ofSeconds(20)).until(() -> !browser.getCurrentUrl().endsWith("/login"));
    browser.get(console.url("/status"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> script("return document.body.dataset.chartsReady || '';").equals("true"));
  }

  /** 1,440 minutes ending now: traffic every minute, a digest sent every hour, one failed. */
  private static List<MetricsSample> aDayOfSamples() {
    Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    return IntStream.range(0, 1_440)
        .mapToObj(
            i -> {
              Instant at = end.minus(Duration.ofMinutes(1_439L - i));
              double sent = i % 60 == 30 ? 1 : 0;
              double failed = i == 700 ? 1 : 0;
              return new MetricsSample(
                  at,
                  i % 7,
                  i % 5,
                  20 + i % 10,
                  60 + i % 61,
                  Map.of("sent", sent, "failed", failed));
            })
        .toList();
  }

  private Object chartValue(String id, String expression) {
    return script(
        "const c = Chart.getChart(document.getElementById('"
            + id
            + "')); return c."
            + expression
            + ";");
  }

  private Object script(String js) {
    return browser.executeScript(js);
  }

  private List<String> browserErrors() {
    return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        // The browser asks for an icon the pages do not have: a 404, not a script's error.
        .filter(message -> !message.contains("/favicon.ico "))
        .toList();
  }
}
