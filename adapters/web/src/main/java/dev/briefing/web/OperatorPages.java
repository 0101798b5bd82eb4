package dev.briefing.web;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.ArticleRepository;
import dev.briefing.core.ingest.ArticleFetcher;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.web.access.AdminToken;
import dev.briefing.web.metrics.MetricsHistory;
import dev.briefing.web.status.StatusTables;
import java.time.Clock;
import java.util.Optional;

/**
 * What the operator pages serve with.
 *
 * @param token the operator's token; empty, the pages answer only on loopback
 * @param engine answers the playground's questions
 * @param articles the stored articles the playground offers
 * @param reader turns pasted text into an article
 * @param fetcher reads a link, with the same address policy as {@code /add}; empty, no links
 * @param status the status page's tables
 * @param history the status page's charts
 * @param clock for sessions
 */
public record OperatorPages(
    Optional<AdminToken> token,
    BriefingEngine engine,
    ArticleRepository articles,
    ArticleReader reader,
    Optional<ArticleFetcher> fetcher,
    StatusTables status,
    MetricsHistory history,
    Clock clock) {
  public OperatorPages {
    if (token == null || fetcher == null) {
      throw new IllegalArgumentException("token and fetcher must not be null (use empty)");
    }
    if (engine == null || articles == null || reader == null || status == null) {
      throw new IllegalArgumentException("engine, articles, reader and status must not be null");
    }
    history = history == null ? MetricsHistory.NONE : history;
    clock = clock == null ? Clock.systemUTC() : clock;
  }
}
