package dev.briefing.core.digest;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.SubscriptionRepository;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A chat the bot can reach again: a private chat that unblocked it, a group or channel that added
 * it back, a channel unarchived. The digests paused when sending there failed resume, and the chat
 * is told so in one line. The platform adapters call it from the platform's own event (Telegram's
 * {@code my_chat_member}, Slack's {@code member_joined_channel} and {@code channel_unarchive}).
 */
public final class ChatReturns {
  private static final Logger log = LoggerFactory.getLogger(ChatReturns.class);

  private final SubscriptionRepository subscriptions;

  public ChatReturns(SubscriptionRepository subscriptions) {
    this.subscriptions = subscriptions;
  }

  /** Resumes the chat's paused digests; the note to send it, empty when none was paused. */
  public Optional<Reply> reachableAgain(ChatAddress chat) {
    int resumed = subscriptions.resumeChat(chat);
    if (resumed == 0) {
      return Optional.empty();
    }
    log.info("Resumed {} digest subscriptions of chat {}: reachable again", resumed, chat);
    return Optional.of(
        Reply.text(
            "Glad to be back. "
                + (resumed == 1 ? "Your digest is" : "Your " + resumed + " digests are")
                + " on again; /subscriptions lists them."));
  }
}
