package dev.briefing.slack.outbound;

import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;

/** Answers a slash command through its {@code response_url}; a fake in tests. */
@FunctionalInterface
public interface ResponseSender {
  /**
   * @return the HTTP status Slack answered with
   * @throws IOException when the response URL cannot be reached
   */
  int send(String responseUrl, SlackMessage message) throws IOException;
}
