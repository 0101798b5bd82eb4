package dev.briefing.slack.rendering;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.briefing.core.chat.QuotedBody;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.chat.SourceList;
import dev.briefing.core.outbound.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Renders a reply as Block Kit ({@link SlackSources} writes the sources), compactly: the body in
 * mrkdwn sections of at most {@value #MAX_SECTION_TEXT} characters, then the sources in a context
 * block, one line per cited article naming its title (linked to the article) once and each
 * citation's marker (linked to the sentence by a text fragment) and sentence number: {@code Title:
 * [1] sentence 16 · [2] sentence 17}. The body already quotes the cited sentences, so a sentence is
 * quoted again, on its own line under its article, only when the body does not carry it with its
 * marker.
 *
 * <p>Folding: Block Kit has no collapsible text, so a long body ({@link QuotedBody#folds()}) keeps
 * its headings and its first quoted lines, about {@value #HEAD_CHARS} characters of them and at
 * least one line, in sections and puts every later quoted line in context blocks, whose smaller
 * grey text reads as detail under the answer's first quote, every word still there. A short body,
 * or one that quotes nothing, is all sections, as before.
 *
 * <p>Every piece of reply and article text has {@code &}, {@code <} and {@code >} escaped, so it
 * can neither ping ({@code <!channel>}) nor link; the only links are the bot's own {@code
 * <url|text>}, whose URL has {@code |}, {@code <}, {@code >} and spaces percent-encoded and {@code
 * &} escaped. Nothing else is escaped. Long replies split into several messages of at most {@value
 * #MAX_BLOCKS} blocks and {@value #MAX_MESSAGE_TEXT} characters, and a fallback {@code text}. Pure:
 * no I/O.
 */
public final class SlackRenderer {
  /** Slack's limit on a section's text. */
  public static final int MAX_SECTION_TEXT = 3000;

  /** Slack's limit on blocks per message. */
  public static final int MAX_BLOCKS = 50;

  /** Our limit per message, well below Slack's, so a long answer reads as several messages. */
  public static final int MAX_MESSAGE_TEXT = 12_000;

  /** How much of a folding body stays in a section. */
  static final int HEAD_CHARS = QuotedBody.FOLD_CHARS / 2;

  private static final int MAX_FALLBACK = 300;
  private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");

  /** The messages to send, in order; empty when the reply has nothing to show. */
  public List<SlackMessage> render(Reply reply) {
    List<Piece> pieces = new ArrayList<>();
    for (Run run : runs(QuotedBody.of(reply))) {
      for (String chunk : TextSplitter.chunks(run.paragraphs(), MAX_SECTION_TEXT)) {
        String mrkdwn = escape(chunk);
        LayoutBlock block = run.folded() ? context(mrkdwn) : section(mrkdwn);
        pieces.add(new Piece(block, chunk, mrkdwn.length()));
      }
    }
    for (String element : SlackSources.elements(SourceList.of(reply), MAX_SECTION_TEXT)) {
      pieces.add(new Piece(context(element), "Sources", element.length()));
    }
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

  /**
   * The body's lines in runs of sections and folded context, in order. Unquoted lines, headings
   * among them, stay in sections; when the body folds, quoted lines do too until about {@value
   * #HEAD_CHARS} characters of quotes are shown (at least one line), and every later quoted line
   * goes to context.
   */
  private static List<Run> runs(QuotedBody body) {
    List<Run> runs = new ArrayList<>();
    boolean folding = false;
    int shown = 0;
    for (List<QuotedBody.Line> paragraph : body.paragraphs()) {
      boolean newParagraph = true;
      for (QuotedBody.Line line : paragraph) {
        if (body.folds() && line.quoted()) {
          folding = folding || (shown > 0 && shown + line.text().length() > HEAD_CHARS);
          shown += line.text().length();
        }
        boolean folded = folding && line.quoted();
        if (runs.isEmpty() || runs.get(runs.size() - 1).folded() != folded) {
          runs.add(new Run(folded, new ArrayList<>()));
          newParagraph = true;
        }
        List<String> paragraphs = runs.get(runs.size() - 1).paragraphs();
        if (newParagraph) {
          paragraphs.add(line.text());
        } else {
          paragraphs.set(
              paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + "\n" + line.text());
        }
        newParagraph = false;
      }
    }
    return runs;
  }

  private static SectionBlock section(String mrkdwn) {
    return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
  }

  private static ContextBlock context(String mrkdwn) {
    return ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build()))
        .build();
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

  /** Body paragraphs shown alike: in sections, or folded into context blocks. */
  private record Run(boolean folded, List<String> paragraphs) {}

  /** A block with its unescaped text (for the fallback) and its mrkdwn length. */
  private record Piece(LayoutBlock block, String plain, int length) {}
}
