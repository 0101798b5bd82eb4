package dev.briefing.core.outbound;

import java.time.Duration;

/**
 * Why a send failed, sorted by what the {@link OutboundQueue} does about it. Each platform's {@link
 * OutboundPlatform#classify} maps its own errors onto these.
 */
public sealed interface SendFailure {
  /** Rate-limited (HTTP 429, Telegram's {@code retry_after}, Slack's {@code Retry-After}). */
  record RetryAfter(Duration delay) implements SendFailure {}

  /** 5xx, network errors, unreadable answers: retry with back-off. */
  record Transient(String reason) implements SendFailure {}

  /**
   * The chat cannot be sent to any more: the bot was blocked, kicked or removed, or the channel is
   * archived or gone. Its queue is dropped and its digests paused.
   */
  record Gone(String reason) implements SendFailure {}

  /** The chat lives on under a new id (a Telegram group that became a supergroup). */
  record Migrated(String newChatId) implements SendFailure {}

  /** Any other refusal: sending again would fail the same way. */
  record Rejected(String reason) implements SendFailure {}
}
