package dev.briefing.telegram.rendering;

import dev.briefing.core.chat.QuotedBody;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.chat.SourceList;
import dev.briefing.core.chat.SourceList.Cite;
import dev.briefing.core.chat.SourceList.Source;
import dev.briefing.core.chat.TextFragments;
import dev.briefing.core.outbound.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a reply as Telegram HTML (parse mode {@code HTML}), compactly: the body with {@code <},
 * {@code >} and {@code &} escaped, then a bold "Sources" heading and one line per cited article,
 * its title (linked to the article) named once, then each citation's marker (linked to the sentence
 * by a text fragment) and sentence number: {@code Title: [1] sentence 16 · [2] sentence 17}. The
 * body already quotes the cited sentences, so a sentence is quoted again, in a {@code <blockquote>}
 * under its article's line, only when the body does not carry it with its marker.
 *
 * <p>A long body ({@link QuotedBody#folds()}) puts each run of quoted lines in a {@code <blockquote
 * expandable>}, which Telegram shows collapsed to a few lines; headings such as "Ana Costa (…):"
 * stay outside.
 *
 * <p>Splits into messages of at most {@value #MAX_MESSAGE_LENGTH} UTF-16 units of HTML, at
 * paragraph, then sentence, then word boundaries, and between the items of a sources line; every
 * message is valid HTML on its own, since a split never falls inside a tag, a link or an entity and
 * a quote cut in two is closed and reopened. Pure: no I/O.
 */
public final class TelegramRenderer {
  /** Telegram's limit on one message's text. */
  public static final int MAX_MESSAGE_LENGTH = 4096;

  private static final String FOLDED = "<blockquote expandable>";
  private static final String QUOTE = "<blockquote>";
  private static final String UNQUOTE = "</blockquote>";

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
    List<Piece> pieces = new ArrayList<>();
    body(QuotedBody.of(reply), pieces);
    sources(SourceList.of(reply), pieces);
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Piece piece : pieces) {
      if (current.length() > 0
          && current.length() + piece.separator().length() + piece.html().length() > limit) {
        chunks.add(current.toString());
        current.setLength(0);
      }
      current.append(current.length() == 0 ? "" : piece.separator()).append(piece.html());
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

  private void body(QuotedBody body, List<Piece> pieces) {
    for (List<QuotedBody.Line> paragraph : body.paragraphs()) {
      String separator = "\n\n";
      int from = 0;
      while (from < paragraph.size()) {
        boolean fold = body.folds() && paragraph.get(from).quoted();
        int to = from + 1;
        while (to < paragraph.size()
            && (!body.folds() || paragraph.get(to).quoted() == paragraph.get(from).quoted())) {
          to++;
        }
        List<String> lines = paragraph.subList(from, to).stream().map(l -> l.text()).toList();
        String text = String.join("\n", lines);
        fit(new Block(separator, fold ? FOLDED : "", fold ? UNQUOTE : "", text), pieces);
        separator = "\n";
        from = to;
      }
    }
  }

  private void sources(SourceList list, List<Piece> pieces) {
    if (list.isEmpty()) {
      return;
    }
    fit(new Block("\n\n", "<b>", "</b>", "Sources"), pieces);
    for (Source source : list.sources()) {
      String title = escape(source.title());
      pieces.add(
          new Piece(
              "\n",
              fitting(
                  source.link().map(url -> link(url, title) + ":"),
                  TextSplitter.truncate(source.title(), limit - 1, TelegramRenderer::escape)
                      + ":")));
      String separator = " ";
      for (Cite cite : source.cites()) {
        String where = " " + cite.where();
        Optional<String> linked = cite.link().map(url -> link(url, cite.marker()) + where);
        pieces.add(new Piece(separator, fitting(linked, cite.marker() + where)));
        separator = " · ";
      }
      for (Cite cite : source.cites()) {
        if (!cite.quoted() && !cite.quote().isEmpty()) {
          fit(new Block("\n", QUOTE, UNQUOTE, cite.marker() + " " + cite.quote()), pieces);
        }
      }
    }
  }

  /** The preferred HTML when it fits in one message, else the fallback (which always fits). */
  private String fitting(Optional<String> preferred, String fallback) {
    return preferred.filter(html -> html.length() <= limit).orElse(fallback);
  }

  /** A link around {@code html}: the URL made safe, then escaped for a quoted attribute. */
  private static String link(String url, String html) {
    String href = escape(TextFragments.safe(url)).replace("\"", "&quot;");
    return "<a href=\"" + href + "\">" + html + "</a>";
  }

  private void fit(Block block, List<Piece> pieces) {
    int budget = limit - block.open().length() - block.close().length();
    boolean first = true;
    for (String piece : TextSplitter.pieces(block.text(), budget)) {
      String html = block.open() + escape(piece) + block.close();
      pieces.add(new Piece(first ? block.separator() : " ", html));
      first = false;
    }
  }

  /** A run of text to escape and wrap in at most one tag pair, placed after {@code separator}. */
  private record Block(String separator, String open, String close, String text) {}

  /** Finished HTML that is never cut, placed after {@code separator} unless it opens a message. */
  private record Piece(String separator, String html) {}
}
