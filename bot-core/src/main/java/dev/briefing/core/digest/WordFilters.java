package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.ChatFilterRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chats' {@code /filter} filters as a {@link ChatFilter}: an article passes when the chat has
 * no filters or it matches any of them ({@link FilterWords}). Each article's words are computed
 * once and kept for the most recent {@value #CACHED_ARTICLES} articles (by id, which the content
 * decides, so a kept entry never goes stale). The filters are read from the repository on every
 * call, so a change on another node applies at once. Thread-safe.
 */
public final class WordFilters implements ChatFilter {
  static final int CACHED_ARTICLES = 4096;

  private final ChatFilterRepository filters;
  private final Map<String, ArticleWords> words =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ArticleWords> eldest) {
          return size() > CACHED_ARTICLES;
        }
      };

  public WordFilters(ChatFilterRepository filters) {
    this.filters = filters;
  }

  @Override
  public boolean passes(ChatAddress chat, AnalyzedArticle article) {
    return active(chat).passes().test(article);
  }

  @Override
  public Active active(ChatAddress chat) {
    List<String> written = filters.filtersOf(chat);
    if (written.isEmpty()) {
      return new Active(written, article -> true);
    }
    List<FilterWords> parsed = written.stream().map(FilterWords::parse).toList();
    return new Active(
        written,
        article -> {
          ArticleWords of = wordsOf(article);
          return parsed.stream().anyMatch(filter -> filter.matches(of));
        });
  }

  private ArticleWords wordsOf(AnalyzedArticle article) {
    String id = article.article().id();
    synchronized (words) {
      ArticleWords cached = words.get(id);
      if (cached != null) {
        return cached;
      }
    }
    ArticleWords computed = ArticleWords.of(article);
    synchronized (words) {
      words.put(id, computed);
    }
    return computed;
  }
}
