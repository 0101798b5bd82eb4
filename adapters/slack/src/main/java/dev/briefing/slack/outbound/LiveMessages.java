package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages posted and edited at once, outside the outbound queue, where the bot needs the posted
 * message's {@code ts} (progress) or changes one in place (a page of {@code /articles}). Failures
 * are counted and logged here, never thrown: the caller then posts through the queue instead.
 * Public for the inbound listeners; not for the app.
 */
public record LiveMessages(ImmediatePoster poster, MessageUpdater updater, BotMetrics metrics) {
  private static final Logger log = LoggerFactory.getLogger(LiveMessages.class);

  /** A progress reporter for one message to {@code chat}. */
  public SlackProgress progress(ChatAddress chat) {
    return new SlackProgress(chat, this);
  }

  /** Posts now; the message's ts, or empty when it could not be posted. */
  Optional<String> post(ChatAddress chat, SlackMessage message) {
    try {
      Optional<String> ts = poster.postNow(chat, message);
      ts.ifPresent(posted -> metrics.messageOut(SlackChatAdapter.PLATFORM));
      return ts;
    } catch (IOException | SlackApiException e) {
      metrics.platformError(SlackChatAdapter.PLATFORM, SlackFailures.code(e));
      log.warn("Could not post a progress message: {}", e.toString());
      return Optional.empty();
    }
  }

  /** Replaces the message {@code ts} of {@code channel}; false when Slack did not. */
  public boolean update(String channel, String ts, SlackMessage message) {
    try {
      Optional<String> error = updater.update(channel, ts, message);
      if (error.isEmpty()) {
        metrics.messageOut(SlackChatAdapter.PLATFORM);
        return true;
      }
      metrics.platformError(SlackChatAdapter.PLATFORM, error.get());
      log.warn("Slack refused to update a message: {}", error.get());
    } catch (IOException | SlackApiException e) {
      metrics.platformError(SlackChatAdapter.PLATFORM, SlackFailures.code(e));
      log.warn("Could not update a message: {}", e.toString());
    }
    return false;
  }
}
