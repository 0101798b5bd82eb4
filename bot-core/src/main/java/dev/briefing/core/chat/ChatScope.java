package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which articles a chat sees: those loaded for everyone, those added in the chat, and those of the
 * feeds it follows; and, when it focused on one with {@code /use}, which one it asks about.
 */
public final class ChatScope {
  private final ArticleRepository articles;
  private final ChatFocus settings;
  private final Function<ChatAddress, Set<ArticleOrigin>> followedFeeds;

  /**
   * @param followedFeeds the feed origins a chat follows ({@link ArticleOrigin#feed})
   */
  public ChatScope(
      ArticleRepository articles,
      ChatFocus settings,
      Function<ChatAddress, Set<ArticleOrigin>> followedFeeds) {
    this.articles = articles;
    this.settings = settings;
    this.followedFeeds = followedFeeds;
  }

  /** A scope without feeds: what everyone sees and what the chat added. */
  public static ChatScope withoutFeeds(ArticleRepository articles, ChatFocus settings) {
    return new ChatScope(articles, settings, chat -> Set.of());
  }

  /** The origins the chat sees. */
  public Set<ArticleOrigin> origins(ChatAddress chat) {
    Set<ArticleOrigin> origins = new HashSet<>(followedFeeds.apply(chat));
    origins.add(ArticleOrigin.everyone());
    origins.add(ArticleOrigin.chat(chat));
    return origins;
  }

  /** Every article the chat sees, newest first. */
  public List<AnalyzedArticle> visible(ChatAddress chat) {
    return articles.findVisible(origins(chat));
  }

  /** The article the chat focused on, while it is still among {@code visible}, the chat's own. */
  public Optional<AnalyzedArticle> focus(ChatAddress chat, List<AnalyzedArticle> visible) {
    return settings
        .findFocus(chat)
        .flatMap(id -> visible.stream().filter(a -> a.article().id().equals(id)).findFirst());
  }

  /** What the chat's questions are about: its focused article, else all it sees. */
  public List<AnalyzedArticle> askable(ChatAddress chat) {
    List<AnalyzedArticle> visible = visible(chat);
    return focus(chat, visible).map(List::of).orElse(visible);
  }
}
