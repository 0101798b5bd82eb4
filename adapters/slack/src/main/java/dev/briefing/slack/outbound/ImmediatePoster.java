package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;
import java.util.Optional;

/**
 * Posts one message at once with chat.postMessage, outside the outbound queue, and returns its
 * {@code ts} so it can be updated later (a progress message); a fake in tests.
 */
@FunctionalInterface
public interface ImmediatePoster {
  /**
   * @return the posted message's ts, empty when Slack refused it
   * @throws SlackApiException on an HTTP error status
   * @throws IOException when Slack cannot be reached
   */
  Optional<String> postNow(ChatAddress chat, SlackMessage message)
      throws IOException, SlackApiException;
}
