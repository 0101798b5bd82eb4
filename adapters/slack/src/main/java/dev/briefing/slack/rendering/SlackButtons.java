package dev.briefing.slack.rendering;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import dev.briefing.core.chat.Button;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A reply's buttons as Block Kit {@code actions} blocks: one block per row (at most {@value
 * #MAX_ELEMENTS} buttons each), each button's {@code value} the command it runs and its {@code
 * action_id} {@code briefing:<row>:<col>}, unique in the message and matched by {@link #ACTION}.
 * They go on the last message of a reply. The "Share in channel" button of an ephemeral answer has
 * its own {@value #SHARE} action id and a token as value. Pure: no I/O.
 */
public final class SlackButtons {
  /** Every reply button's action id. */
  public static final Pattern ACTION = Pattern.compile("^briefing:\\d{1,2}:\\d{1,2}$");

  /** The action id of "Share in channel". */
  public static final String SHARE = "briefing-share";

  /** Slack's limit on elements in an actions block. */
  public static final int MAX_ELEMENTS = 25;

  /** Rows kept per reply, well under Slack's 50 blocks a message. */
  public static final int MAX_ROWS = 20;

  /** Slack's limit on a button's text. */
  static final int MAX_LABEL = 75;

  private SlackButtons() {}

  /** The rows as actions blocks; empty rows are left out. */
  public static List<LayoutBlock> blocks(List<List<Button>> rows) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (int r = 0; r < Math.min(rows.size(), MAX_ROWS); r++) {
      List<BlockElement> elements = new ArrayList<>();
      List<Button> row = rows.get(r);
      for (int c = 0; c < Math.min(row.size(), MAX_ELEMENTS); c++) {
        Button button = row.get(c);
        elements.add(button(button.label(), "briefing:" + r + ":" + c, button.action()));
      }
      if (!elements.isEmpty()) {
        blocks.add(ActionsBlock.builder().blockId("briefing-row-" + r).elements(elements).build());
      }
    }
    return blocks;
  }

  /** The "Share in channel" button, carrying the token of the answer it shares. */
  public static LayoutBlock share(String token) {
    return ActionsBlock.builder()
        .blockId("briefing-share")
        .elements(List.of(button("Share in channel", SHARE, token)))
        .build();
  }

  /**
   * {@code messages} with {@code extra} blocks (buttons) after the last one's blocks, or in a
   * message of their own when the last one is full.
   */
  public static List<SlackMessage> attach(List<SlackMessage> messages, List<LayoutBlock> extra) {
    if (messages.isEmpty() || extra.isEmpty()) {
      return messages;
    }
    List<SlackMessage> result = new ArrayList<>(messages);
    SlackMessage last = result.remove(result.size() - 1);
    if (last.blocks().size() + extra.size() <= SlackRenderer.MAX_BLOCKS) {
      List<LayoutBlock> blocks = new ArrayList<>(last.blocks());
      blocks.addAll(extra);
      result.add(new SlackMessage(last.text(), blocks));
    } else {
      result.add(last);
      result.add(new SlackMessage(last.text(), extra));
    }
    return result;
  }

  private static ButtonElement button(String label, String actionId, String value) {
    String text = label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1) + "…";
    return ButtonElement.builder()
        .text(PlainTextObject.builder().text(text).emoji(true).build())
        .actionId(actionId)
        .value(value)
        .build();
  }
}
