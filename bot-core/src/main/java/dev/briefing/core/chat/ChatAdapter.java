package dev.briefing.core.chat;

/** Outbound port: delivers replies and digests to a chat on one platform. */
@FunctionalInterface
public interface ChatAdapter {
  /** Sends a reply; implementations handle splitting, escaping and platform limits. */
  void send(ChatAddress chat, Reply reply);
}
