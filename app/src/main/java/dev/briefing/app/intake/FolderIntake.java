package dev.briefing.app.intake;

import dev.briefing.core.model.Article;
import dev.briefing.sources.files.FolderSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the configured folder's new and changed article files for everyone. A file whose text is
 * already stored (after a restart, say) is left as it is, so it is not new again in digests.
 */
public final class FolderIntake implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(FolderIntake.class);

  private final FolderSource folder;
  private final ArticleLoader loader;

  public FolderIntake(FolderSource folder, ArticleLoader loader) {
    this.folder = folder;
    this.loader = loader;
  }

  @Override
  public void run() {
    FolderSource.Scan scan = folder.scan();
    int added = 0;
    for (Article article : scan.articles()) {
      if (loader.loadIfChanged(article)) {
        added++;
      }
    }
    scan.failures().forEach((path, why) -> log.warn("Could not read {}: {}", path, why));
    if (added > 0) {
      log.info("Loaded {} new or changed articles from the folder", added);
    }
  }
}
