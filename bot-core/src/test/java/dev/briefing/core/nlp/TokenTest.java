package dev.briefing.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTest {
  @Test
  void hasTagMatchesAnyOfTheTagsAsAPrefix() {
    Token token = new Token("Lavrov", "PROPN", "lavrov", 0, 6);

    assertThat(token.hasTag("NOUN", "PROPN")).isTrue();
    assertThat(token.hasTag("PRO")).isTrue();
    assertThat(token.hasTag("NOUN", "VERB")).isFalse();
    assertThat(token.hasTag()).isFalse();
  }
}
