package dev.briefing.telegram;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Ends long polling quietly when the bot closes: once {@link #close()} was called, a getUpdates
 * that fails (cancelled or interrupted by the shutdown) or starts answers as if no update came,
 * instead of an error TelegramBots would log at ERROR level on every shutdown. Telegram keeps the
 * updates not confirmed, for the next instance.
 */
final class QuietClose implements Interceptor, AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private volatile boolean closing;

  boolean closing() {
    return closing;
  }

  @Override
  public void close() {
    closing = true;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (closing) {
      return noUpdates(chain.request());
    }
    try {
      return chain.proceed(chain.request());
    } catch (IOException e) {
      if (closing) {
        return noUpdates(chain.request());
      }
      throw e;
    }
  }

  private static Response noUpdates(Request request) {
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create("{\"ok\":true,\"result\":[]}", JSON))
        .build();
  }
}
