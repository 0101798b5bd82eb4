package dev.briefing.slack.inbound;

import com.slack.api.methods.SlackApiException;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.outbound.HomePublisher;
import dev.briefing.slack.outbound.SlackFailures;
import dev.briefing.slack.rendering.SlackButtons;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's App Home tab: a note (what their last button press did), the help, then the digests of
 * their direct message with the bot as {@code /subscriptions} answers there, with that reply's
 * buttons (Pause/Resume, Stop). The direct message channel travels in the view's {@code
 * private_metadata}, so a press on the tab acts on that chat ({@link ButtonPress}).
 */
final class HomeTab {
  /** Slack's limit on blocks in a Home tab. */
  static final int MAX_BLOCKS = 100;

  private static final int MAX_NOTE = 500;

  private static final Logger log = LoggerFactory.getLogger(HomeTab.class);
  private static final SlackRenderer RENDERER = new SlackRenderer();

  private final SlashCommands commands;
  private final HomePublisher publisher;
  private final boolean listsDigests;

  /**
   * @param listsDigests whether the router has {@code /subscriptions}
   */
  HomeTab(SlashCommands commands, HomePublisher publisher, boolean listsDigests) {
    this.commands = commands;
    this.publisher = publisher;
    this.listsDigests = listsDigests;
  }

  /** Publishes the tab of {@code userId}; {@code dmChannel} may be null (no digests shown). */
  void publish(String userId, String dmChannel, Optional<String> note) {
    List<LayoutBlock> blocks = new ArrayList<>();
    note.ifPresent(text -> blocks.add(context(SlackRenderer.escape(abbreviate(text)))));
    String help = commands.router().helpText();
    blocks.addAll(RENDERER.home(commands.mapper().bareWords(Reply.text(help)).text()));
    if (listsDigests && dmChannel != null && !dmChannel.isBlank()) {
      blocks.add(DividerBlock.builder().build());
      blocks.addAll(digests(userId, dmChannel));
    }
    try {
      publisher.publish(userId, blocks.subList(0, Math.min(blocks.size(), MAX_BLOCKS)), dmChannel);
    } catch (IOException | SlackApiException e) {
      commands.metrics().platformError(SlackMapper.PLATFORM, SlackFailures.code(e));
      log.warn("Could not publish the App Home of {}: {}", userId, e.getMessage());
    }
  }

  // The digests of the user's DM with the bot, as /subscriptions answers there, with its buttons.
  private List<LayoutBlock> digests(String userId, String dmChannel) {
    ChatAddress dm = ChatAddress.of(SlackMapper.PLATFORM, dmChannel);
    List<LayoutBlock> blocks = new ArrayList<>();
    List<List<Button>> rows = new ArrayList<>(); // one set of rows: block ids stay unique
    for (Reply reply : commands.router().route(new IncomingMessage(dm, userId, "/subscriptions"))) {
      Reply bare = commands.mapper().bareWords(reply);
      for (SlackMessage message : RENDERER.render(bare)) {
        blocks.addAll(message.blocks());
      }
      rows.addAll(bare.buttons());
    }
    blocks.addAll(SlackButtons.blocks(rows));
    return blocks;
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_NOTE ? text : text.substring(0, MAX_NOTE) + "…";
  }

  private static LayoutBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build()))
        .build();
  }
}
