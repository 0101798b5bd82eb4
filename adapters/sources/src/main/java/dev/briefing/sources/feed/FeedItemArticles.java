package dev.briefing.sources.feed;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.sources.web.ArticleAssembler;
import dev.briefing.sources.web.UrlArticleSource;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A feed item's article: its linked page, else the text the feed itself carries. */
record FeedItemArticles(UrlArticleSource pages, ArticleAssembler assembler) {
  private static final Logger LOG = LoggerFactory.getLogger(FeedItemArticles.class);
  private static final int MAX_TITLE = 90;

  Optional<Article> article(URI feedUrl, FeedItem item) {
    if (item.link().isPresent()) {
      try {
        return Optional.of(pages.read(item.link().get()));
      } catch (BriefingException e) {
        LOG.info("feed {}: item page failed ({}), using the feed's text", feedUrl, e.getMessage());
      } catch (RuntimeException e) {
        // one odd page (an extractor bug, a malformed document) must not fail the whole feed
        LOG.warn("feed {}: item page {} failed, using the feed's text", feedUrl, item.link(), e);
      }
    }
    return fromFeedText(item.link().orElse(feedUrl), item);
  }

  private Optional<Article> fromFeedText(URI source, FeedItem item) {
    List<String> paragraphs = item.paragraphs();
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    String title = item.title().isEmpty() ? shorten(paragraphs.get(0)) : item.title();
    try {
      return Optional.of(assembler.assemble(source, title, paragraphs));
    } catch (BriefingException | IllegalArgumentException e) {
      LOG.info("feed item {} has no readable text: {}", source, e.getMessage());
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    if (text.length() <= MAX_TITLE) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_TITLE);
    return text.substring(0, cut > 0 ? cut : MAX_TITLE) + "…";
  }
}
