package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
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
 *
 * <p>Whatever changes nothing (no such digest, another chat's, already paused or running) fails
 * with a {@code BriefingException}, whose message is the reply to a typed command and which makes a
 * stale button expire.
 */
record Pausing(SubscriptionRepository subscriptions, Clock clock) {
  String pause(ChatAddress chat, String arguments) {
    List<Subscription> ofChat = subscriptions.findByChat(chat);
    if (ofChat.isEmpty()) {
      throw new BriefingException(
          "This chat has no digests to pause. " + SubscriptionText.HOW_TO_SUBSCRIBE);
    }
    if (arguments.isEmpty() || arguments.equalsIgnoreCase("all")) {
      long paused =
          ofChat.stream().filter(s -> subscriptions.setPause(s.id(), chat, Pause.BY_CHAT)).count();
      if (paused == 0) {
        throw new BriefingException(
            "Every digest of this chat is paused already; /resume starts them again.");
      }
      return "Paused " + count(paused) + ". /resume starts " + them(paused) + " again.";
    }
    Subscription target = SubscriptionText.ofChat(subscriptions, chat, arguments, "pause");
    if (!subscriptions.setPause(target.id(), chat, Pause.BY_CHAT)) {
      throw new BriefingException(
          SubscriptionText.named(target)
              + " is paused already; /resume "
              + target.id()
              + " starts it again.");
    }
    return "Paused "
        + SubscriptionText.named(target)
        + ". /resume "
        + target.id()
        + " starts it again.";
  }

  String resume(ChatAddress chat, String arguments) {
    List<Subscription> ofChat = subscriptions.findByChat(chat);
    if (ofChat.isEmpty()) {
      throw new BriefingException(
          "This chat has no digests to resume. " + SubscriptionText.HOW_TO_SUBSCRIBE);
    }
    if (arguments.isEmpty() || arguments.equalsIgnoreCase("all")) {
      long resumed =
          ofChat.stream().filter(s -> subscriptions.setPause(s.id(), chat, Pause.ACTIVE)).count();
      if (resumed == 0) {
        throw new BriefingException("No digest of this chat is paused.");
      }
      return "Resumed "
          + count(resumed)
          + "."
          + SubscriptionText.list(subscriptions.findByChat(chat), clock.instant());
    }
    Subscription target = SubscriptionText.ofChat(subscriptions, chat, arguments, "resume");
    if (!subscriptions.setPause(target.id(), chat, Pause.ACTIVE)) {
      throw new BriefingException(SubscriptionText.named(target) + " is not paused.");
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
