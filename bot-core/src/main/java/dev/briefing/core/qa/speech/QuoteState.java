package dev.briefing.core.qa.speech;

import dev.briefing.core.model.Sentence;
import dev.briefing.core.nlp.TaggedSentence;
import java.util.List;

/**
 * Which tokens stand inside quotation marks, carried across the sentences of a paragraph: a
 * quotation opened in one sentence and closed two sentences later covers the one between.
 */
final class QuoteState {
  /** Per sentence (index = number - 1): per token, whether it is quoted. */
  private final boolean[][] quoted;

  /** Per sentence: whether it starts inside a quotation opened in an earlier sentence. */
  private final boolean[] continued;

  private QuoteState(boolean[][] quoted, boolean[] continued) {
    this.quoted = quoted;
    this.continued = continued;
  }

  static QuoteState of(List<Sentence> sentences, List<TaggedSentence> tagged) {
    boolean[][] quoted = new boolean[sentences.size()][];
    boolean[] continued = new boolean[sentences.size()];
    boolean open = false;
    int paragraph = -1;
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).paragraph() != paragraph) {
        paragraph = sentences.get(i).paragraph();
        open = false; // a quotation left open runs to the paragraph's end at most
      }
      TaggedSentence s = tagged.get(i);
      continued[i] = open;
      quoted[i] = new boolean[s.size()];
      for (int k = 0; k < s.size(); k++) {
        String t = s.get(k).text();
        if (isOpening(t, open)) {
          open = true;
        } else if (isClosing(t, open)) {
          open = false;
        } else {
          quoted[i][k] = open;
        }
      }
    }
    return new QuoteState(quoted, continued);
  }

  private static boolean isOpening(String token, boolean open) {
    return token.equals("“") || token.equals("``") || (!open && token.equals("\""));
  }

  private static boolean isClosing(String token, boolean open) {
    return open && (token.equals("”") || token.equals("''") || token.equals("\""));
  }

  boolean quoted(int sentence, int token) {
    boolean[] q = quoted[sentence - 1];
    return token >= 0 && token < q.length && q[token];
  }

  boolean continued(int sentence) {
    return continued[sentence - 1];
  }

  /** The share of the sentence's tokens that are quoted. */
  double quotedShare(int sentence) {
    boolean[] q = quoted[sentence - 1];
    if (q.length == 0) {
      return 0;
    }
    int n = 0;
    for (boolean b : q) {
      n += b ? 1 : 0;
    }
    return (double) n / q.length;
  }
}
