package dev.briefing.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private Instant now = Instant.parse("2025-03-01T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final Sessions sessions = new Sessions(clock);

  @Test
  void findsASessionUntilItExpires() {
    Session session = sessions.create(true);

    now = now.plus(Sessions.LIFETIME).minus(Duration.ofSeconds(1));
    assertThat(sessions.find(session.id())).contains(session);
    now = now.plus(Duration.ofSeconds(1));
    assertThat(sessions.find(session.id())).isEmpty();
  }

  @Test
  void givesEachSessionItsOwnRandomIdAndCsrfToken() {
    Session first = sessions.create(false);
    Session second = sessions.create(false);

    assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(first.csrf());
    assertThat(first.csrf()).isNotEqualTo(second.csrf()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void checksTheCsrfTokenExactly() {
    Session session = sessions.create(true);

    assertThat(Sessions.csrfMatches(session, session.csrf())).isTrue();
    assertThat(Sessions.csrfMatches(session, session.csrf() + "x")).isFalse();
    assertThat(Sessions.csrfMatches(session, "")).isFalse();
    assertThat(Sessions.csrfMatches(session, null)).isFalse();
  }

  @Test
  void forgetsARemovedSession() {
    Session session = sessions.create(true);
    sessions.remove(session.id());
    assertThat(sessions.find(session.id())).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }
}
