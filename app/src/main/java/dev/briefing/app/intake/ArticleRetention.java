package dev.briefing.app.intake;

import dev.briefing.app.config.BriefingConfig.Retention;
import dev.briefing.core.chat.ArticleRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes articles past the configured age or count, with their sentences and index entries. Run at
 * start and then every hour; running it on several instances at once is harmless.
 */
public final class ArticleRetention implements Runnable {
  /** How often it runs. */
  public static final Duration EVERY = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(ArticleRetention.class);

  private final ArticleRepository articles;
  private final Retention retention;
  private final Clock clock;

  public ArticleRetention(ArticleRepository articles, Retention retention, Clock clock) {
    this.articles = articles;
    this.retention = retention;
    this.clock = clock;
  }

  @Override
  public void run() {
    if (retention.keepsEverything()) {
      return;
    }
    try {
      Instant cutoff =
          retention.maxAgeDays() == 0
              ? Instant.EPOCH
              : clock.instant().minus(Duration.ofDays(retention.maxAgeDays()));
      int maxCount = retention.maxCount() == 0 ? Integer.MAX_VALUE : retention.maxCount();
      int removed = articles.removeOlderThan(cutoff, maxCount);
      if (removed > 0) {
        log.info("Removed {} articles past the retention limits", removed);
      }
    } catch (RuntimeException e) {
      log.warn("Article retention failed; trying again in {}", EVERY, e);
    }
  }
}
