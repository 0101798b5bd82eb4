package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import dev.briefing.core.outbound.RefusedByPlatform;
import dev.briefing.core.outbound.SendFailure;
import dev.briefing.core.outbound.SendFailure.Gone;
import dev.briefing.core.outbound.SendFailure.Rejected;
import dev.briefing.core.outbound.SendFailure.RetryAfter;
import dev.briefing.core.outbound.SendFailure.Transient;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;

/**
 * Slack's errors, sorted for the outbound queue ({@link SendFailure}) and for the metrics. Public
 * so the inbound side counts its own failed calls (slash command responses, App Home) by the same
 * codes; not for the app.
 */
public final class SlackFailures {
  /** The channel is gone or the bot is not in it: pause its subscriptions. */
  static final Set<String> CHANNEL_GONE =
      Set.of("channel_not_found", "not_in_channel", "is_archived");

  static final Set<String> TRANSIENT =
      Set.of("internal_error", "fatal_error", "service_unavailable", "request_timeout");

  /** Sorts an {@code ok: false} answer by its error code. */
  static SendFailure ofError(String error) {
    if (CHANNEL_GONE.contains(error)) {
      return new Gone(error);
    }
    if ("ratelimited".equals(error)) {
      return new RetryAfter(Duration.ofSeconds(1));
    }
    return TRANSIENT.contains(error) ? new Transient(error) : new Rejected(error);
  }

  private SlackFailures() {}

  /** Sorts an exception of the Web API client. Never includes the token or request bodies. */
  static SendFailure of(Exception error) {
    if (error instanceof RefusedByPlatform refused) {
      return ofError(refused.code());
    }
    if (!(error instanceof SlackApiException api)) {
      return new Transient(error.getClass().getSimpleName() + ": " + error.getMessage());
    }
    int code = api.getResponse().code();
    if (code == 429) {
      return new RetryAfter(retryAfter(api.getResponse().header("Retry-After")));
    }
    String slackError = api.getError() == null ? null : api.getError().getError();
    if (slackError != null && code < 500) {
      return ofError(slackError);
    }
    return code >= 500 ? new Transient("HTTP " + code) : new Rejected("HTTP " + code);
  }

  /**
   * The code a failed call is counted under: the HTTP status ("429", "503"), "timeout" when Slack
   * did not answer in time, "io" for other network errors, "error" for anything else.
   */
  public static String code(Exception error) {
    if (error instanceof RefusedByPlatform refused) {
      return refused.code();
    }
    if (error instanceof SlackApiException api) {
      return String.valueOf(api.getResponse().code());
    }
    if (error instanceof InterruptedIOException) { // SocketTimeoutException included
      return "timeout";
    }
    return error instanceof IOException ? "io" : "error";
  }

  private static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(1, Long.parseLong(header == null ? "1" : header.strip())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
