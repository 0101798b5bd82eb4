package dev.briefing.telegram.rendering;

import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import dev.briefing.core.outbound.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a reply as Telegram HTML (parse mode {@code HTML}): the body with {@code <}, {@code >}
 * and {@code &} escaped, then a bold "Sources" heading and a numbered list of the cited sentences,
 * each quoted in a {@code <blockquote>}. Splits into messages of at most {@value
 * #MAX_MESSAGE_LENGTH} UTF-16 units of HTML, at paragraph, then sentence, then word boundaries;
 * every message is valid HTML on its own, since a split never falls inside a tag or an entity and a
 * quote cut in two is closed and reopened. Pure: no I/O.
 */
public final class TelegramRenderer {
  /** Telegram's limit on one message's text. */
  public static final int MAX_MESSAGE_LENGTH = 4096;

  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

  private final int limit;

  public TelegramRenderer() {
    this(MAX_MESSAGE_LENGTH);
  }

  /** A renderer with a smaller limit, so tests can split short texts. */
  TelegramRenderer(int limit) {
    if (limit < 64) {
      throw new IllegalArgumentException("limit must be at least 64, was " + limit);
    }
    this.limit = limit;
  }

  /** The messages to send, in order; empty when the reply has nothing to show. */
  public List<String> render(Reply reply) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Block block : blocks(reply)) {
      for (Block piece : fit(block)) {
        String html = piece.html();
        if (current.length() > 0
            && current.length() + piece.separator().length() + html.length() > limit) {
          chunks.add(current.toString());
          current.setLength(0);
        }
        current.append(current.length() == 0 ? "" : piece.separator()).append(html);
      }
    }
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /** Escapes text for Telegram's HTML parse mode. */
  public static String escape(String text) {
    return TextSplitter.escape(text);
  }

  private static List<Block> blocks(Reply reply) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : PARAGRAPHS.split(reply.text())) {
      if (!paragraph.isBlank()) {
        blocks.add(new Block("\n\n", "", "", paragraph.strip()));
      }
    }
    List<Citation> citations = reply.citations();
    if (!citations.isEmpty()) {
      blocks.add(new Block("\n\n", "<b>", "</b>", "Sources"));
      for (int i = 0; i < citations.size(); i++) {
        Citation c = citations.get(i);
        String label = (i + 1) + ". " + reply.articleLabel(c) + ", sentence " + c.sentence();
        blocks.add(new Block("\n", "", "", label));
        blocks.add(new Block("\n", "<blockquote>", "</blockquote>", c.text().strip()));
      }
    }
    return blocks;
  }

  private List<Block> fit(Block block) {
    int budget = limit - block.open().length() - block.close().length();
    List<Block> pieces = new ArrayList<>();
    for (String piece : TextSplitter.pieces(block.text(), budget)) {
      pieces.add(block.with(pieces.isEmpty() ? block.separator() : " ", piece));
    }
    return pieces;
  }

  /** A run of text wrapped in at most one tag pair, placed after {@code separator}. */
  private record Block(String separator, String open, String close, String text) {
    String html() {
      return open + escape(text) + close;
    }

    Block with(String newSeparator, String newText) {
      return new Block(newSeparator, open, close, newText);
    }
  }
}
