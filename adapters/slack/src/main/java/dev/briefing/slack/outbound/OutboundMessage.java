package dev.briefing.slack.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.slack.rendering.SlackMessage;

/**
 * One chat.postMessage waiting to go out.
 *
 * @param chat the channel, and the thread ({@code thread_ts}) if any
 * @param message what to post
 * @param attempt how many times it was tried already
 */
public record OutboundMessage(ChatAddress chat, SlackMessage message, int attempt) {
  public OutboundMessage {
    if (chat == null) {
      throw new IllegalArgumentException("chat must not be null");
    }
    if (message == null) {
      throw new IllegalArgumentException("message must not be null");
    }
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative, was " + attempt);
    }
  }
}
