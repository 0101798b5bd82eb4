package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.ChatAddress;

/**
 * Port: whether an article passes a chat's filters ({@code /filter add …}); applied to the chat's
 * digests and instant feed posts. A chat without filters lets everything pass. Thread-safe.
 */
@FunctionalInterface
public interface ChatFilter {
  /** Lets every article through: no chat has filters. */
  ChatFilter NONE = (chat, article) -> true;

  boolean passes(ChatAddress chat, AnalyzedArticle article);
}
