package dev.briefing.web.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sessions in memory, each with a random id and CSRF token and a fixed lifetime; a restart signs
 * everyone out. Thread-safe.
 */
public final class Sessions {
  /** How long a session lasts from its creation. */
  public static final Duration LIFETIME = Duration.ofHours(8);

  /**
   * More sessions than this (a flood of login pages) drops the expired ones, then those not signed
   * in, then the oldest, so the map stays bounded.
   */
  static final int MAX_SESSIONS = 10_000;

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  public Sessions(Clock clock) {
    this.clock = clock;
  }

  /** A new session, signed in or only carrying a CSRF token for the login form. */
  public Session create(boolean signedIn) {
    if (byId.size() >= MAX_SESSIONS) {
      byId.values().removeIf(s -> !s.expires().isAfter(clock.instant()));
      if (byId.size() >= MAX_SESSIONS) {
        byId.values().removeIf(s -> !s.signedIn());
      }
      while (byId.size() >= MAX_SESSIONS) {
        byId.values().stream()
            .min(java.util.Comparator.comparing(Session::expires))
            .ifPresent(oldest -> byId.remove(oldest.id()));
      }
    }
    Session session =
        new Session(randomToken(), randomToken(), signedIn, clock.instant().plus(LIFETIME));
    byId.put(session.id(), session);
    return session;
  }

  /** The live session with this id; an expired one is forgotten. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (!session.expires().isAfter(clock.instant())) {
      byId.remove(id);
      return Optional.empty();
    }
    return Optional.of(session);
  }

  /** Forgets a session (sign-out, or replaced by a signed-in one). */
  public void remove(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  /** Whether {@code candidate} is the session's CSRF token, compared in constant time. */
  public static boolean csrfMatches(Session session, String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            session.csrf().getBytes(StandardCharsets.UTF_8),
            candidate.getBytes(StandardCharsets.UTF_8));
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
