package dev.briefing.slack.outbound;

import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;

/** Answers a button press through its {@code response_url}; a fake in tests. */
@FunctionalInterface
public interface ActionResponder {
  /** How the answer shows. */
  enum Mode {
    /** A new message only the presser sees ({@code ephemeral}, {@code replace_original: false}). */
    EPHEMERAL,
    /** In place of the message whose button was pressed ({@code replace_original: true}). */
    REPLACE,
    /** A new message everyone in the channel sees ({@code in_channel}). */
    IN_CHANNEL
  }

  /**
   * @return the HTTP status Slack answered with
   * @throws IOException when the response URL cannot be reached
   */
  int respond(String responseUrl, Mode mode, SlackMessage message) throws IOException;
}
