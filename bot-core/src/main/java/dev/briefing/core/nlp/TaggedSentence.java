package dev.briefing.core.nlp;

import java.util.List;

/**
 * A sentence with its tokens, tags and lemmas.
 *
 * @param text the sentence verbatim
 * @param tokens its tokens in order
 */
public record TaggedSentence(String text, List<Token> tokens) {
  public TaggedSentence {
    tokens = List.copyOf(tokens);
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }
}
