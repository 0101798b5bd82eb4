package dev.briefing.core.digest;

/**
 * Port: told what each scheduled digest came to. {@link dev.briefing.core.metrics.BotMetrics} is
 * one, so the digest service needs no more of the metrics than this. Implementations are
 * thread-safe and never throw.
 */
@FunctionalInterface
public interface DigestOutcomes {
  /** Hears nothing. */
  DigestOutcomes NONE = outcome -> {};

  /** A scheduled digest came to {@code outcome}. */
  void digest(DeliveryOutcome outcome);
}
