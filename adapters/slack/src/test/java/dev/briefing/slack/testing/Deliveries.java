package dev.briefing.slack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.NotDelivered;
import java.util.concurrent.CompletableFuture;

/** Reads what became of a {@code deliver} future. */
public final class Deliveries {
  private Deliveries() {}

  /** Why the future failed; asserts that it failed with {@link NotDelivered}. */
  public static NotDelivered notDelivered(CompletableFuture<Void> future) {
    assertThat(future).isCompletedExceptionally();
    Throwable cause = future.handle((ok, e) -> e).join();
    assertThat(cause).isInstanceOf(NotDelivered.class);
    return (NotDelivered) cause;
  }
}
