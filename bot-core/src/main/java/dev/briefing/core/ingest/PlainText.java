package dev.briefing.core.ingest;

import dev.briefing.core.nlp.LanguagePipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text articles: paragraphs are separated by blank lines, and lines within a paragraph are
 * joined. The first line is the title when it reads like a headline ({@link Headlines}); otherwise
 * it is body text and the document has no title of its own, so nothing of the story is lost. A lone
 * line that reads like a headline is a headline with no body.
 */
final class PlainText {
  private final Headlines headlines;

  PlainText(LanguagePipeline nlp) {
    this.headlines = new Headlines(nlp);
  }

  Document parse(String content) {
    List<List<String>> blocks = blocks(content);
    if (blocks.isEmpty()) {
      return new Document("", List.of());
    }
    List<String> first = blocks.get(0);
    String line = first.get(0);
    List<String> body = new ArrayList<>();
    addJoined(body, first.subList(1, first.size()));
    for (List<String> block : blocks.subList(1, blocks.size())) {
      addJoined(body, block);
    }
    boolean headline =
        body.isEmpty()
            ? headlines.isHeadlineOnly(line)
            : headlines.isHeadline(
                line, first.size() == 1, first.size() > 1 ? first.get(1) : "", body.get(0));
    if (headline) {
      return new Document(line, body);
    }
    List<String> paragraphs = new ArrayList<>();
    for (List<String> block : blocks) {
      addJoined(paragraphs, block);
    }
    return new Document("", paragraphs);
  }

  /** The paragraphs, each as its non-empty lines. */
  private static List<List<String>> blocks(String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    List<List<String>> blocks = new ArrayList<>();
    for (String block : text.strip().split("\n[ \t\u00A0]*\n")) {
      List<String> lines =
          block.lines().map(PlainText::clean).filter(line -> !line.isEmpty()).toList();
      if (!lines.isEmpty()) {
        blocks.add(lines);
      }
    }
    return blocks;
  }

  private static void addJoined(List<String> paragraphs, List<String> lines) {
    String p = clean(String.join(" ", lines));
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }

  static String clean(String s) {
    return s.replaceAll("[\\s\u00A0]+", " ").strip();
  }
}
