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
 * that fails (interrupted by the shutdown, also while its answer is read) or starts answers as if
 * no update came, instead of an error TelegramBots would log at ERROR level on every shutdown.
 * Telegram keeps the updates not confirmed, for the next instance.
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
      // Read here, so an interrupt while reading the body is caught here too (answers are small).
      Response response = chain.proceed(chain.request());
      ResponseBody body = response.body();
      if (body == null) {
        return response;
      }
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
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
