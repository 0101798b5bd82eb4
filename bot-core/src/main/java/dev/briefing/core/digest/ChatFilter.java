package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.chat.ChatAddress;
import java.util.List;
import java.util.function.Predicate;

/**
 * Port: whether an article passes a chat's filters ({@code /filter add …}); applied to the chat's
 * digests and instant feed posts. A chat without filters lets everything pass. Thread-safe.
 */
@FunctionalInterface
public interface ChatFilter {
  /** Lets every article through: no chat has filters. */
  ChatFilter NONE = (chat, article) -> true;

  boolean passes(ChatAddress chat, AnalyzedArticle article);

  /**
   * The chat's filters looked up once, to test many articles (a digest's) and to tell the chat
   * which filters held articles back.
   */
  default Active active(ChatAddress chat) {
    return new Active(List.of(), article -> passes(chat, article));
  }

  /**
   * A chat's filters at one moment.
   *
   * @param filters the filters as the chat wrote them; empty when it has none or they are unknown
   * @param passes whether an article passes them
   */
  record Active(List<String> filters, Predicate<AnalyzedArticle> passes) {
    public Active {
      filters = List.copyOf(filters);
      if (passes == null) {
        throw new IllegalArgumentException("passes must not be null");
      }
    }
  }
}
