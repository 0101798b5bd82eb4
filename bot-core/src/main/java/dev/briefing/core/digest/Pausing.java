package dev.briefing.core.digest;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.Subscription.Pause;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.util.List;

/**
 * {@code /pause [id|all]} and {@code /resume [id|all]}: alone or with {@code all} they act on every
 * digest of the chat. A digest the chat paused stays paused until the chat resumes it; one paused
 * because the bot could not reach the chat also resumes by itself when it can ({@link
 * ChatReturns}).
 */
record Pausing(SubscriptionRepository subscriptions, Clock clock) {
  String pause(ChatAddress chat, String arguments) {
    List<Subscription> ofChat = subscriptions.findByChat(chat);
    if (ofChat.isEmpty()) {
      return "This chat has no digests to pause. " + SubscriptionText.HOW_TO_SUBSCRIBE;
    }
    if (arguments.isEmpty() || arguments.equalsIgnoreCase("all")) {
      long paused =
          ofChat.stream().filter(s -> subscriptions.setPause(s.id(), chat, Pause.BY_CHAT)).count();
      return paused == 0
          ? "Every digest of this chat is paused already; /resume starts them again."
          : "Paused " + count(paused) + ". /resume starts " + them(paused) + " again.";
    }
    Subscription target = SubscriptionText.ofChat(subscriptions, chat, arguments, "pause");
    subscriptions.setPause(target.id(), chat, Pause.BY_CHAT);
    return "Paused "
        + SubscriptionText.named(target)
        + ". /resume "
        + target.id()
        + " starts it again.";
  }

  String resume(ChatAddress chat, String arguments) {
    List<Subscription> ofChat = subscriptions.findByChat(chat);
    if (ofChat.isEmpty()) {
      return "This chat has no digests to resume. " + SubscriptionText.HOW_TO_SUBSCRIBE;
    }
    if (arguments.isEmpty() || arguments.equalsIgnoreCase("all")) {
      long resumed =
          ofChat.stream().filter(s -> subscriptions.setPause(s.id(), chat, Pause.ACTIVE)).count();
      return resumed == 0
          ? "No digest of this chat is paused."
          : "Resumed "
              + count(resumed)
              + "."
              + SubscriptionText.list(subscriptions.findByChat(chat), clock.instant());
    }
    Subscription target = SubscriptionText.ofChat(subscriptions, chat, arguments, "resume");
    if (!subscriptions.setPause(target.id(), chat, Pause.ACTIVE)) {
      return SubscriptionText.named(target) + " is not paused.";
    }
    return "Resumed "
        + SubscriptionText.named(target)
        + "; next digest "
        + SubscriptionText.next(target, clock.instant())
        + ".";
  }

  private static String count(long n) {
    return n == 1 ? "1 digest" : n + " digests";
  }

  private static String them(long n) {
    return n == 1 ? "it" : "them";
  }
}
