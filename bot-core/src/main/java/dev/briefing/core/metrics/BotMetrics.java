package dev.briefing.core.metrics;

import dev.briefing.core.digest.DeliveryOutcome;
import dev.briefing.core.digest.DigestOutcomes;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Port: what the bot counts for its operators. The platform adapters report messages in and out,
 * answer latency, platform errors and their outbound queue's depth; the digest service reports each
 * scheduled digest's outcome. Every method does nothing by default, so {@link #NONE} serves tests
 * and tools, and the composition root supplies a registry-backed one. Implementations are
 * thread-safe and never throw.
 *
 * <p>Platform names are the chat platforms' ({@code telegram}, {@code slack}, {@code console}).
 */
public interface BotMetrics extends DigestOutcomes {
  /** Counts nothing. */
  BotMetrics NONE = new BotMetrics() {};

  /** A message or command from a user reached the bot. */
  default void messageIn(String platform) {}

  /** One message (a part of a reply or digest) was accepted by the platform. */
  default void messageOut(String platform) {}

  /** The bot answered a user's message; {@code latency} runs from its arrival to the reply. */
  default void answered(String platform, Duration latency) {}

  /** A scheduled digest came to {@code outcome}. */
  @Override
  default void digest(DeliveryOutcome outcome) {}

  /**
   * The platform answered a send or call with an error: {@code code} is its HTTP status ("429",
   * "403", "502"), or a short word for a failure without one ("timeout", "io").
   */
  default void platformError(String platform, String code) {}

  /** Reports the depth of a platform's outbound queue whenever the metrics are read. */
  default void queueDepth(String platform, IntSupplier depth) {}
}
