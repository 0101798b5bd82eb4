package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.ChatFocus;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Port: per-chat settings, keyed by platform and chat id (not thread): the chat's time zone, the
 * default for its new subscriptions, the article it focused its questions on ({@code /use}), and
 * how its digests look ({@code /digest style}, {@code /digest size}). Implementations are
 * thread-safe.
 */
public interface ChatSettingsRepository extends ChatFocus {
  /** The chat's IANA zone, if it set one. */
  Optional<ZoneId> findZone(ChatAddress chat);

  /** Sets the chat's zone, replacing any earlier one; rejects zones that are not IANA. */
  void setZone(ChatAddress chat, ZoneId zone);

  /** How the chat's digests look, if it chose ({@code /digest style|size}). */
  Optional<DigestLayout> findDigestLayout(ChatAddress chat);

  /** Sets how the chat's digests look, replacing any earlier choice. */
  void setDigestLayout(ChatAddress chat, DigestLayout layout);

  /**
   * Moves the chat's settings to its new id (Telegram's chat migration), replacing any there; when
   * the old id has none, the new one keeps its own.
   */
  void moveChat(ChatAddress from, ChatAddress to);
}
