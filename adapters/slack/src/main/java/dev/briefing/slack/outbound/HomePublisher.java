package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.List;

/** Publishes a user's App Home tab with views.publish; a fake in tests. */
@FunctionalInterface
public interface HomePublisher {
  void publish(String userId, List<LayoutBlock> blocks) throws IOException, SlackApiException;
}
