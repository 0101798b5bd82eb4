package dev.briefing.slack.rendering;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import dev.briefing.core.outbound.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a reply as Block Kit: the body in mrkdwn sections of at most {@value #MAX_SECTION_TEXT}
 * characters, the citations in context blocks, and a plain fallback {@code text}. Every piece of
 * reply and article text has {@code &}, {@code <} and {@code >} escaped, so it can neither ping
 * ({@code <!channel>}) nor link; nothing else is escaped. Long replies split into several messages
 * of at most {@value #MAX_BLOCKS} blocks and {@value #MAX_MESSAGE_TEXT} characters. Pure: no I/O.
 */
public final class SlackRenderer {
  /** Slack's limit on a section's text. */
  public static final int MAX_SECTION_TEXT = 3000;

  /** Slack's limit on blocks per message. */
  public static final int MAX_BLOCKS = 50;

  /** Our limit per message, well below Slack's, so a long answer reads as several messages. */
  public static final int MAX_MESSAGE_TEXT = 12_000;

  private static final int MAX_CONTEXT_ELEMENTS = 10;
  private static final int MAX_FALLBACK = 300;
  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

  /** The messages to send, in order; empty when the reply has nothing to show. */
  public List<SlackMessage> render(Reply reply) {
    List<Piece> pieces = new ArrayList<>();
    for (String chunk : TextSplitter.chunks(paragraphs(reply.text()), MAX_SECTION_TEXT)) {
      String mrkdwn = escape(chunk);
      pieces.add(new Piece(section(mrkdwn), chunk, mrkdwn.length()));
    }
    pieces.addAll(citationBlocks(reply));
    return pack(pieces);
  }

  /** The App Home tab: a heading and the help text, escaped, in sections. */
  public List<LayoutBlock> home(String helpText) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section("*Briefing*: cited answers and digests from the articles I have."));
    for (String chunk : TextSplitter.chunks(paragraphs(helpText), MAX_SECTION_TEXT)) {
      if (blocks.size() < MAX_BLOCKS) {
        blocks.add(section(escape(chunk)));
      }
    }
    return blocks;
  }

  /** Escapes text for mrkdwn: {@code &}, {@code <} and {@code >} only, as Slack asks. */
  public static String escape(String text) {
    return TextSplitter.escape(text);
  }

  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : PARAGRAPHS.split(text)) {
      if (!paragraph.isBlank()) {
        paragraphs.add(paragraph.strip());
      }
    }
    return paragraphs;
  }

  private static List<Piece> citationBlocks(Reply reply) {
    List<Citation> citations = reply.citations();
    List<Piece> blocks = new ArrayList<>();
    for (int from = 0; from < citations.size(); from += MAX_CONTEXT_ELEMENTS) {
      List<ContextBlockElement> elements = new ArrayList<>();
      int length = 0;
      for (int i = from; i < Math.min(from + MAX_CONTEXT_ELEMENTS, citations.size()); i++) {
        String text = citation(i + 1, citations.get(i), reply.articleLabel(citations.get(i)));
        elements.add(MarkdownTextObject.builder().text(text).build());
        length += text.length();
      }
      blocks.add(new Piece(ContextBlock.builder().elements(elements).build(), "Sources", length));
    }
    return blocks;
  }

  private static String citation(int number, Citation citation, String article) {
    String label = "*" + number + ".* " + escape(article) + ", sentence ";
    String head = label + citation.sentence() + ": “";
    int budget = MAX_SECTION_TEXT - head.length() - 2;
    String quote = TextSplitter.truncate(citation.text().strip(), budget, SlackRenderer::escape);
    return head + quote + "”";
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
  }

  private static List<SlackMessage> pack(List<Piece> pieces) {
    List<SlackMessage> messages = new ArrayList<>();
    List<Piece> current = new ArrayList<>();
    int length = 0;
    for (Piece piece : pieces) {
      if (!current.isEmpty()
          && (current.size() == MAX_BLOCKS || length + piece.length() > MAX_MESSAGE_TEXT)) {
        messages.add(message(current));
        current = new ArrayList<>();
        length = 0;
      }
      current.add(piece);
      length += piece.length();
    }
    if (!current.isEmpty()) {
      messages.add(message(current));
    }
    return messages;
  }

  private static SlackMessage message(List<Piece> pieces) {
    String plain = pieces.get(0).plain();
    String fallback = TextSplitter.truncate(plain, MAX_FALLBACK, SlackRenderer::escape);
    return new SlackMessage(fallback, pieces.stream().map(Piece::block).toList());
  }

  /** A block with its unescaped text (for the fallback) and its mrkdwn length. */
  private record Piece(LayoutBlock block, String plain, int length) {}
}
