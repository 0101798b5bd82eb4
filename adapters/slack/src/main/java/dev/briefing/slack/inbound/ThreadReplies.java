package dev.briefing.slack.inbound;

import com.slack.api.model.event.MessageEvent;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.store.InboundDedup;
import java.util.Optional;

/**
 * Replies in a channel thread that do not mention the bot: addressed to it where it holds a live
 * conversation for that thread ({@link ConversationStore}, shared by every instance on the
 * database, so the instance that answered need not be the one that gets the reply). A message that
 * reaches the bot both as {@code app_mention} and as {@code message} is answered once: both paths
 * claim the message's channel and {@code ts} in the {@link InboundDedup} ({@value #KEY}{@code
 * <channel>:<ts>}) and only the first goes on.
 */
record ThreadReplies(SlackMapper mapper, ConversationStore conversations, InboundDedup dedup) {
  static final String KEY = "message:";

  /** The reply as a message for the bot, if it is one and was not taken as a mention already. */
  Optional<IncomingMessage> addressed(MessageEvent event) {
    return mapper
        .threadReply(event)
        .filter(message -> conversations.find(message.chat()).isPresent())
        .filter(message -> firstTime(event.getChannel(), event.getTs()));
  }

  /** Claims the message {@code ts} of {@code channel}; false when the other path took it. */
  boolean firstTime(String channel, String ts) {
    return channel == null || ts == null || dedup.firstTime(KEY + channel + ":" + ts);
  }
}
