package dev.briefing.telegram;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.SubscriptionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a send failure tells about a chat, applied to its digest subscriptions. */
interface ChatEvents {
  /** The bot was blocked, kicked or removed: stop sending digests there. */
  void blocked(ChatAddress chat);

  /** A group became a supergroup under a new id: its subscriptions follow. */
  void migrated(ChatAddress from, ChatAddress to);

  /** Pauses and moves subscriptions in the repository. */
  static ChatEvents updating(SubscriptionRepository subscriptions) {
    Logger log = LoggerFactory.getLogger(ChatEvents.class);
    return new ChatEvents() {
      @Override
      public void blocked(ChatAddress chat) {
        int paused = subscriptions.pauseChat(chat);
        log.warn("Paused {} digest subscriptions of Telegram chat {}", paused, chat.chatId());
      }

      @Override
      public void migrated(ChatAddress from, ChatAddress to) {
        int moved = subscriptions.moveChat(from, to);
        log.info(
            "Moved {} digest subscriptions from chat {} to {}", moved, from.chatId(), to.chatId());
      }
    };
  }
}
