package dev.briefing.telegram;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Watches getUpdates answers and says once, in plain words, what a 409 Conflict means; says it
 * again only after polling worked in between. Never prints the request URL, which holds the token.
 */
final class ConflictWarning implements Interceptor {
  static final String MESSAGE =
      "Telegram answered 409 Conflict to getUpdates: another instance of this bot is polling with"
          + " the same token, or a webhook is set for it. Stop the other instance (or delete the"
          + " webhook); this one keeps retrying.";

  private final Consumer<String> warnings;
  private final AtomicBoolean warned = new AtomicBoolean();

  ConflictWarning(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    List<String> path = chain.request().url().pathSegments();
    if (!path.isEmpty() && path.get(path.size() - 1).equalsIgnoreCase("getUpdates")) {
      if (response.code() == 409) {
        if (warned.compareAndSet(false, true)) {
          warnings.accept(MESSAGE);
        }
      } else if (response.isSuccessful()) {
        warned.set(false);
      }
    }
    return response;
  }
}
