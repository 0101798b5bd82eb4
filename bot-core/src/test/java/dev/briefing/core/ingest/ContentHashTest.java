package dev.briefing.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {
  @Test
  void givesTheStartOfTheSha256OfTheUtf8Text() {
    // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    assertThat(ContentHash.sha256Hex("abc", 3)).isEqualTo("ba7816");
    assertThat(ContentHash.sha256Hex("abc", 16)).isEqualTo("ba7816bf8f01cfea414140de5dae2223");
  }

  @Test
  void hashesTextBeyondAsciiAsUtf8() {
    assertThat(ContentHash.sha256Hex("café", 8)).isNotEqualTo(ContentHash.sha256Hex("cafe", 8));
    assertThat(ContentHash.sha256Hex("café", 8)).hasSize(16).matches("[0-9a-f]+");
  }
}
