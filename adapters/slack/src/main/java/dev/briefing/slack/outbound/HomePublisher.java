package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;

/** Publishes a user's App Home tab with views.publish; a fake in tests. */
@FunctionalInterface
public interface HomePublisher {
  /**
   * @param privateMetadata kept with the view and sent back with its button presses: the id of the
   *     user's direct message channel with the bot, the chat its buttons act on; may be null
   */
  void publish(String userId, List<LayoutBlock> blocks, String privateMetadata)
      throws IOException, SlackApiException;
}
