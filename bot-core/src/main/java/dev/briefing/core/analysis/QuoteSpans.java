package dev.briefing.core.analysis;

import java.util.ArrayList;
import java.util.List;

/** Finds quotations in a paragraph, straight or curly, including ones spanning sentences. */
final class QuoteSpans {
  /**
   * A quotation between two marks.
   *
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or the paragraph length when it never closes
   */
  record Span(int open, int close) {
    boolean contains(int offset) {
      return offset > open && offset < close;
    }
  }

  private QuoteSpans() {}

  static List<Span> find(String paragraph) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == '“' || (c == '"' && open < 0)) {
        if (open < 0) {
          open = i;
        }
      } else if ((c == '”' || c == '"') && open >= 0) {
        if (i - open > 1) {
          spans.add(new Span(open, i));
        }
        open = -1;
      }
    }
    if (open >= 0 && paragraph.length() - open > 20) {
      spans.add(new Span(open, paragraph.length()));
    }
    return spans;
  }
}
