package dev.briefing.telegram;

import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.telegram.inbound.TelegramMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.BooleanSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Counts the Bot API's error answers to the calls of one HTTP client (getUpdates, in long polling):
 * the status of a non-2xx answer, or "timeout" or "io" when no answer came. A call cancelled
 * because the bot is closing is no error. Sends are counted by the outbound queue instead.
 */
final class PlatformErrors implements Interceptor {
  private final BotMetrics metrics;
  private final BooleanSupplier closing;

  /**
   * @param metrics where the errors are counted
   * @param closing true once the bot closes: calls failing then were cut off, not failed
   */
  PlatformErrors(BotMetrics metrics, BooleanSupplier closing) {
    this.metrics = metrics;
    this.closing = closing;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      if (!chain.call().isCanceled() && !closing.getAsBoolean()) {
        metrics.platformError(
            TelegramMapper.PLATFORM, e instanceof InterruptedIOException ? "timeout" : "io");
      }
      throw e;
    }
    if (!response.isSuccessful()) {
      metrics.platformError(TelegramMapper.PLATFORM, String.valueOf(response.code()));
    }
    return response;
  }
}
