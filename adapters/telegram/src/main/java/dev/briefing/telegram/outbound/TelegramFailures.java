package dev.briefing.telegram.outbound;

import com.fasterxml.jackson.core.JacksonException;
import dev.briefing.core.outbound.SendFailure;
import dev.briefing.core.outbound.SendFailure.Gone;
import dev.briefing.core.outbound.SendFailure.Migrated;
import dev.briefing.core.outbound.SendFailure.Rejected;
import dev.briefing.core.outbound.SendFailure.RetryAfter;
import dev.briefing.core.outbound.SendFailure.Transient;
import java.time.Duration;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** Telegram's errors, sorted for the outbound queue ({@link SendFailure}) and for the metrics. */
final class TelegramFailures {
  private TelegramFailures() {}

  /** Sorts an exception thrown by the Bot API client. Never includes request URLs. */
  static SendFailure of(Exception error) {
    if (error instanceof TelegramApiValidationException) {
      return new Rejected(error.getMessage());
    }
    if (!(error instanceof TelegramApiRequestException request)) {
      return new Transient(describe(error));
    }
    int code = request.getErrorCode() == null ? 0 : request.getErrorCode();
    ResponseParameters parameters = request.getParameters();
    String reason = code + " " + request.getApiResponse();
    if (parameters != null && parameters.getMigrateToChatId() != null) {
      return new Migrated(String.valueOf(parameters.getMigrateToChatId()));
    }
    if (code == 429) {
      Integer seconds = parameters == null ? null : parameters.getRetryAfter();
      return new RetryAfter(Duration.ofSeconds(seconds == null ? 1 : Math.max(1, seconds)));
    }
    if (code == 403) {
      return new Gone(reason); // blocked, kicked or removed
    }
    if (code >= 400 && code < 500) {
      return new Rejected(reason);
    }
    return new Transient(code == 0 ? describe(error) : reason);
  }

  /**
   * The error code the metrics count: the Bot API's status ("429", "403", "400", "502"...), else
   * "timeout" or "io" for a network failure, "unreadable" for an answer that is not the Bot API's
   * JSON (a proxy's error page), "invalid" for a request refused before it was sent.
   */
  static String code(Exception error) {
    if (error instanceof TelegramApiValidationException) {
      return "invalid";
    }
    if (error instanceof TelegramApiRequestException request
        && request.getErrorCode() != null
        && request.getErrorCode() > 0) {
      return String.valueOf(request.getErrorCode());
    }
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.io.InterruptedIOException) {
        return "timeout"; // SocketTimeoutException included
      }
      if (t instanceof java.io.IOException && !(t instanceof JacksonException)) {
        return "io";
      }
    }
    return error instanceof TelegramApiRequestException ? "unreadable" : "io";
  }

  // Exception messages of OkHttp name hosts, never paths, so the token cannot leak from here.
  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
