package dev.briefing.slack.rendering;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message ready to post: Block Kit blocks and the plain {@code text} Slack shows in
 * notifications and where blocks cannot be displayed. Both are already escaped mrkdwn.
 *
 * @param text the fallback text
 * @param blocks at most {@value SlackRenderer#MAX_BLOCKS} blocks
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
  public SlackMessage {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty() || blocks.size() > SlackRenderer.MAX_BLOCKS) {
      throw new IllegalArgumentException(
          "blocks must hold 1 to " + SlackRenderer.MAX_BLOCKS + ", was " + blocks.size());
    }
  }
}
