package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class SendFailureTest {
  @Test
  void readsRetryAfterFrom429() {
    assertThat(SendFailure.of(FakeSender.tooManyRequests(12)))
        .isEqualTo(new SendFailure.RetryAfter(Duration.ofSeconds(12)));
  }

  @Test
  void readsTheNewChatIdOfAMigratedGroup() {
    assertThat(SendFailure.of(FakeSender.migrated(-100555L)))
        .isEqualTo(new SendFailure.Migrated("-100555"));
  }

  @Test
  void sorts403AsBlockedAnd5xxAndNetworkErrorsAsTransient() {
    assertThat(SendFailure.of(FakeSender.forbidden())).isInstanceOf(SendFailure.Blocked.class);
    assertThat(SendFailure.of(FakeSender.serverError())).isInstanceOf(SendFailure.Transient.class);
    assertThat(SendFailure.of(new TelegramApiException("x", new IOException("reset"))))
        .isEqualTo(new SendFailure.Transient("IOException: reset"));
  }

  @Test
  void doesNotRetryOtherBadRequests() {
    assertThat(
            SendFailure.of(
                FakeSender.apiError(
                    "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse"
                        + " entities\"}")))
        .isInstanceOf(SendFailure.Rejected.class);
  }

  @Test
  void treatsAnUnreadableAnswerAsTransient() {
    assertThat(SendFailure.of(FakeSender.apiErrorOrUnreadable("<html>502</html>")))
        .isInstanceOf(SendFailure.Transient.class);
  }

  @Test
  void namesTheCodeMetricsCountByStatusOrKindOfFailure() {
    assertThat(SendFailure.code(FakeSender.tooManyRequests(3))).isEqualTo("429");
    assertThat(SendFailure.code(FakeSender.forbidden())).isEqualTo("403");
    assertThat(SendFailure.code(FakeSender.migrated(-100555L))).isEqualTo("400");
    assertThat(SendFailure.code(FakeSender.serverError())).isEqualTo("502");
    assertThat(SendFailure.code(new TelegramApiException("x", new IOException("reset"))))
        .isEqualTo("io");
    assertThat(
            SendFailure.code(
                new TelegramApiException("x", new java.net.SocketTimeoutException("timeout"))))
        .isEqualTo("timeout");
    assertThat(SendFailure.code(FakeSender.apiErrorOrUnreadable("<html>502</html>")))
        .isEqualTo("unreadable");
  }
}
