package dev.briefing.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.outbound.SendFailure;
import dev.briefing.telegram.FakeSender;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class TelegramFailuresTest {
  @Test
  void readsRetryAfterFrom429() {
    assertThat(TelegramFailures.of(FakeSender.tooManyRequests(12)))
        .isEqualTo(new SendFailure.RetryAfter(Duration.ofSeconds(12)));
  }

  @Test
  void readsTheNewChatIdOfAMigratedGroup() {
    assertThat(TelegramFailures.of(FakeSender.migrated(-100555L)))
        .isEqualTo(new SendFailure.Migrated("-100555"));
  }

  @Test
  void sorts403AsBlockedAnd5xxAndNetworkErrorsAsTransient() {
    assertThat(TelegramFailures.of(FakeSender.forbidden())).isInstanceOf(SendFailure.Gone.class);
    assertThat(TelegramFailures.of(FakeSender.serverError()))
        .isInstanceOf(SendFailure.Transient.class);
    assertThat(TelegramFailures.of(new TelegramApiException("x", new IOException("reset"))))
        .isEqualTo(new SendFailure.Transient("IOException: reset"));
  }

  @Test
  void doesNotRetryOtherBadRequests() {
    assertThat(
            TelegramFailures.of(
                FakeSender.apiError(
                    "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse"
                        + " entities\"}")))
        .isInstanceOf(SendFailure.Rejected.class);
  }

  @Test
  void treatsAnUnreadableAnswerAsTransient() {
    assertThat(TelegramFailures.of(FakeSender.apiErrorOrUnreadable("<html>502</html>")))
        .isInstanceOf(SendFailure.Transient.class);
  }

  @Test
  void namesTheCodeMetricsCountByStatusOrKindOfFailure() {
    assertThat(TelegramFailures.code(FakeSender.tooManyRequests(3))).isEqualTo("429");
    assertThat(TelegramFailures.code(FakeSender.forbidden())).isEqualTo("403");
    assertThat(TelegramFailures.code(FakeSender.migrated(-100555L))).isEqualTo("400");
    assertThat(TelegramFailures.code(FakeSender.serverError())).isEqualTo("502");
    assertThat(TelegramFailures.code(new TelegramApiException("x", new IOException("reset"))))
        .isEqualTo("io");
    assertThat(
            TelegramFailures.code(
                new TelegramApiException("x", new java.net.SocketTimeoutException("timeout"))))
        .isEqualTo("timeout");
    assertThat(TelegramFailures.code(FakeSender.apiErrorOrUnreadable("<html>502</html>")))
        .isEqualTo("unreadable");
  }
}
