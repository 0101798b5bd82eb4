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
    int single = -1;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (open < 0 && single < 0 && c == '‘' && startsWord(paragraph, i)) {
        single = i; // British style: ‘We are ready,’ he said.
      } else if (single >= 0) {
        if (c == '’' && endsWord(paragraph, i) && i - single > 1) {
          spans.add(new Span(single, i));
          single = -1;
        }
      } else if (c == '“' || (c == '"' && open < 0)) {
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
    int unclosed = open >= 0 ? open : single;
    if (unclosed >= 0 && paragraph.length() - unclosed > 20) {
      spans.add(new Span(unclosed, paragraph.length()));
    }
    return spans;
  }

  private static boolean startsWord(String text, int i) {
    return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
        && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /** A closing mark, not an apostrophe: "don’t" and "Russia’s" continue with a letter. */
  private static boolean endsWord(String text, int i) {
    return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
  }
}
