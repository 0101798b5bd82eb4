package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/**
 * Posts one message with chat.postMessage, or uploads the file a message carries ({@link
 * dev.briefing.slack.rendering.SlackMessage#upload}); a fake in tests.
 */
@FunctionalInterface
public interface MessagePoster {
  /**
   * @return Slack's error code when it answered {@code ok: false}, empty when posted
   * @throws SlackApiException on an HTTP error status, e.g. 429
   * @throws IOException when Slack cannot be reached
   */
  Optional<String> post(OutboundMessage message) throws IOException, SlackApiException;
}
