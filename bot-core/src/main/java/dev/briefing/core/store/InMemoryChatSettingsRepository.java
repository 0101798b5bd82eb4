package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps chat settings in memory for the life of the process: tests and the console chat. */
public final class InMemoryChatSettingsRepository implements ChatSettingsRepository {
  private final Map<ChatKey, ZoneId> zones = new ConcurrentHashMap<>();
  private final Map<ChatKey, String> focus = new ConcurrentHashMap<>();
  private final Map<ChatKey, DigestLayout> layouts = new ConcurrentHashMap<>();

  @Override
  public Optional<ZoneId> findZone(ChatAddress chat) {
    return Optional.ofNullable(zones.get(ChatKey.of(chat)));
  }

  @Override
  public void setZone(ChatAddress chat, ZoneId zone) {
    zones.put(ChatKey.of(chat), IanaZone.require(zone, "zone"));
  }

  @Override
  public Optional<String> findFocus(ChatAddress chat) {
    return Optional.ofNullable(focus.get(ChatKey.of(chat)));
  }

  @Override
  public void setFocus(ChatAddress chat, Optional<String> articleId) {
    if (articleId.isPresent()) {
      focus.put(ChatKey.of(chat), articleId.get());
    } else {
      focus.remove(ChatKey.of(chat));
    }
  }

  @Override
  public Optional<DigestLayout> findDigestLayout(ChatAddress chat) {
    return Optional.ofNullable(layouts.get(ChatKey.of(chat)));
  }

  @Override
  public void setDigestLayout(ChatAddress chat, DigestLayout layout) {
    if (layout == null) {
      throw new IllegalArgumentException("layout must not be null");
    }
    layouts.put(ChatKey.of(chat), layout);
  }

  @Override
  public synchronized void moveChat(ChatAddress from, ChatAddress to) {
    ZoneId zone = zones.remove(ChatKey.of(from));
    String focused = focus.remove(ChatKey.of(from));
    DigestLayout layout = layouts.remove(ChatKey.of(from));
    if (zone != null || focused != null || layout != null) {
      zones.remove(ChatKey.of(to));
      focus.remove(ChatKey.of(to));
      layouts.remove(ChatKey.of(to));
    }
    if (layout != null) {
      layouts.put(ChatKey.of(to), layout);
    }
    if (zone != null) {
      zones.put(ChatKey.of(to), zone);
    }
    if (focused != null) {
      focus.put(ChatKey.of(to), focused);
    }
  }
}
