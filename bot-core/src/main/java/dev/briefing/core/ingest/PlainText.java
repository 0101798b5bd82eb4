package dev.briefing.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text articles: the first line is the title, paragraphs are separated by blank lines, and
 * lines within a paragraph are joined.
 */
final class PlainText {
  private PlainText() {}

  static Document parse(String content) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
    String[] blocks = text.strip().split("\n[ \t\u00A0]*\n");
    List<String> paragraphs = new ArrayList<>();
    String title = null;
    for (String block : blocks) {
      String[] lines = block.strip().split("\n");
      int from = 0;
      if (title == null) {
        title = clean(lines[0]);
        from = 1;
      }
      StringBuilder paragraph = new StringBuilder();
      for (int i = from; i < lines.length; i++) {
        paragraph.append(' ').append(lines[i].strip());
      }
      String p = clean(paragraph.toString());
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return new Document(title, paragraphs);
  }

  static String clean(String s) {
    return s.replaceAll("[\\s\u00A0]+", " ").strip();
  }
}
