package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;
import java.util.Optional;

/** Replaces a posted message in place with chat.update; a fake in tests. */
@FunctionalInterface
public interface MessageUpdater {
  /**
   * @param channel the message's channel
   * @param ts the message's timestamp, its id
   * @return Slack's error code when it answered {@code ok: false}, empty when updated
   * @throws SlackApiException on an HTTP error status
   * @throws IOException when Slack cannot be reached
   */
  Optional<String> update(String channel, String ts, SlackMessage message)
      throws IOException, SlackApiException;
}
