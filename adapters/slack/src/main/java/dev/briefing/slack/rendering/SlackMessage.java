package dev.briefing.slack.rendering;

import com.slack.api.model.block.LayoutBlock;
import dev.briefing.core.chat.OutgoingFile;
import java.util.List;
import java.util.Optional;

/**
 * One Slack message ready to post: Block Kit blocks and the plain {@code text} Slack shows in
 * notifications and where blocks cannot be displayed. Both are already escaped mrkdwn. Or a file to
 * upload ({@link #upload}), which follows its reply's text through the same queue.
 *
 * @param text the fallback text; for a file, its name (for the logs)
 * @param blocks at most {@value SlackRenderer#MAX_BLOCKS} blocks; none for a file
 * @param file the file to upload ({@code files.uploadV2}) instead of posting text
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, Optional<OutgoingFile> file) {
  public SlackMessage {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    blocks = List.copyOf(blocks);
    file = file == null ? Optional.empty() : file;
    int least = file.isPresent() ? 0 : 1;
    if (blocks.size() < least || blocks.size() > SlackRenderer.MAX_BLOCKS) {
      throw new IllegalArgumentException(
          "blocks must hold "
              + least
              + " to "
              + SlackRenderer.MAX_BLOCKS
              + ", was "
              + blocks.size());
    }
  }

  /** A text message. */
  public SlackMessage(String text, List<LayoutBlock> blocks) {
    this(text, blocks, Optional.empty());
  }

  /** The file {@code file}, uploaded to the channel (and thread) of the reply it belongs to. */
  public static SlackMessage upload(OutgoingFile file) {
    return new SlackMessage(file.name(), List.of(), Optional.of(file));
  }
}
