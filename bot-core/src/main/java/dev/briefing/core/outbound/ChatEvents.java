package dev.briefing.core.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.SubscriptionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a send failure tells about a chat, applied to its digest subscriptions. */
public interface ChatEvents {
  /** The chat cannot be sent to any more (bot blocked or removed, channel gone): pause digests. */
  void gone(ChatAddress chat);

  /** The chat lives on under a new id: its subscriptions follow. */
  void migrated(ChatAddress from, ChatAddress to);

  /** Pauses and moves subscriptions in the repository; {@code chatLabel} names chats in logs. */
  static ChatEvents updating(SubscriptionRepository subscriptions, String chatLabel) {
    Logger log = LoggerFactory.getLogger(ChatEvents.class);
    return new ChatEvents() {
      @Override
      public void gone(ChatAddress chat) {
        int paused = subscriptions.pauseChat(chat);
        log.warn("Paused {} digest subscriptions of {} {}", paused, chatLabel, chat.chatId());
      }

      @Override
      public void migrated(ChatAddress from, ChatAddress to) {
        int moved = subscriptions.moveChat(from, to);
        log.info(
            "Moved {} digest subscriptions from {} {} to {}",
            moved,
            chatLabel,
            from.chatId(),
            to.chatId());
      }
    };
  }
}
