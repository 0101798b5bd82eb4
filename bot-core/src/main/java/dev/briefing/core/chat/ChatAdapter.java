package dev.briefing.core.chat;

import java.util.concurrent.CompletableFuture;

/** Outbound port: delivers replies and digests to a chat on one platform. */
@FunctionalInterface
public interface ChatAdapter {
  /** Sends a reply; implementations handle splitting, escaping and platform limits. */
  void send(ChatAddress chat, Reply reply);

  /**
   * Sends a reply whose delivery the caller must know, such as a scheduled digest. The future
   * completes when the platform has accepted every part of it, and exceptionally with {@link
   * NotDelivered} when it was given up or handed back at shutdown. This default, for adapters that
   * deliver before {@link #send} returns, sends and completes at once (or fails when send throws).
   */
  default CompletableFuture<Void> deliver(ChatAddress chat, Reply reply) {
    try {
      send(chat, reply);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
