package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.schedule.DigestScheduler;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.util.List;

/**
 * {@code /unsubscribe [id|all]}: alone it stops the chat's only digest, or asks which one. Another
 * chat's id is answered as an unknown one, so ids do not tell what other chats subscribed to. What
 * stops nothing fails with a {@code BriefingException}, so a stale Stop button expires.
 */
record Unsubscribe(SubscriptionRepository subscriptions, DigestScheduler scheduler, Clock clock) {
  String handle(ChatAddress chat, String arguments) {
    List<Subscription> ofChat = subscriptions.findByChat(chat);
    if (ofChat.isEmpty()) {
      throw new BriefingException(
          "This chat has no digests to stop. " + SubscriptionText.HOW_TO_SUBSCRIBE);
    }
    if (arguments.equalsIgnoreCase("all")) {
      ofChat.forEach(this::remove);
      return ofChat.size() == 1
          ? "Stopped the digest."
          : "Stopped all " + ofChat.size() + " digests.";
    }
    Subscription target = arguments.isEmpty() ? onlyOne(ofChat) : ofThisChat(chat, arguments);
    remove(target);
    return "Stopped " + SubscriptionText.named(target) + ".";
  }

  private void remove(Subscription subscription) {
    subscriptions.remove(subscription.id());
    scheduler.unschedule(subscription.id());
  }

  private Subscription onlyOne(List<Subscription> ofChat) {
    if (ofChat.size() > 1) {
      throw new BriefingException(
          "Which one? Use /unsubscribe <id> or /unsubscribe all:"
              + SubscriptionText.list(ofChat, clock.instant()));
    }
    return ofChat.get(0);
  }

  private Subscription ofThisChat(ChatAddress chat, String arguments) {
    return SubscriptionText.ofChat(subscriptions, chat, arguments, "unsubscribe");
  }
}
