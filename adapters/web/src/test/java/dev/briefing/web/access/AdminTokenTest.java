package dev.briefing.web.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AdminTokenTest {
  private final AdminToken token = new AdminToken("s3cret-operator-token");

  @Test
  void matchesOnlyTheExactToken() {
    assertThat(token.matches("s3cret-operator-token")).isTrue();
    assertThat(token.matches("s3cret-operator-toke")).isFalse();
    assertThat(token.matches("S3CRET-OPERATOR-TOKEN")).isFalse();
    assertThat(token.matches("")).isFalse();
    assertThat(token.matches(null)).isFalse();
  }

  @Test
  void ignoresWhitespaceAroundTheSecretAsASecretsFileLeavesIt() {
    AdminToken fromFile = new AdminToken("s3cret-operator-token\n");

    assertThat(fromFile.matches("s3cret-operator-token")).isTrue();
    assertThat(fromFile.value()).isEqualTo("s3cret-operator-token");
  }

  @Test
  void rejectsAGuessableTokenWithoutEchoingIt() {
    assertThatThrownBy(() -> new AdminToken("short-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16")
        .hasMessageNotContaining("short-secret");
  }

  @Test
  void neverPrintsItself() {
    assertThat(token.toString()).doesNotContain("s3cret");
  }
}
