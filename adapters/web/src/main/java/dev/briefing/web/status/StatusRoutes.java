package dev.briefing.web.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.briefing.web.Templates;
import dev.briefing.web.metrics.MetricsHistory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;

/**
 * {@code /status}: the subscriptions, feeds and recent failures tables and the charts' canvases;
 * {@code /status/metrics.json}: the last 24 hours of metrics samples the charts draw.
 */
public final class StatusRoutes {
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final StatusTables tables;
  private final MetricsHistory history;
  private final Templates templates;

  public StatusRoutes(StatusTables tables, MetricsHistory history, Templates templates) {
    this.tables = tables;
    this.history = history;
    this.templates = templates;
  }

  public void register(Javalin app) {
    app.get("/status", this::page);
    app.get("/status/metrics.json", this::metrics);
  }

  private void page(Context ctx) {
    templates.render(
        ctx,
        "status",
        Map.of(
            "subscriptions", tables.subscriptions(),
            "feeds", tables.feeds(),
            "failures", tables.recentFailures()));
  }

  private void metrics(Context ctx) throws JsonProcessingException {
    ctx.contentType("application/json").result(json.writeValueAsString(history.last24Hours()));
  }
}
