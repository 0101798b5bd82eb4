package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InstantPostLog} must do; each implementation runs it. */
public abstract class AbstractInstantPostLogContract {
  private static final ChatAddress ALICE = ChatAddress.of("telegram", "1");
  private static final ChatAddress BOB = ChatAddress.of("slack", "1");
  private static final Instant NOW = Instant.parse("2026-03-14T08:00:00Z");

  private InstantPostLog log;

  /** A fresh, empty log. */
  protected abstract InstantPostLog newLog();

  @BeforeEach
  void createLog() {
    log = newLog();
  }

  @Test
  void onlyTheFirstClaimOfAnArticleForAChatWins() {
    assertThat(log.claim(ALICE, "a1", NOW)).isTrue();
    assertThat(log.claim(ALICE, "a1", NOW.plusSeconds(3600))).isFalse();
    assertThat(log.claim(new ChatAddress("telegram", "1", Optional.of("9")), "a1", NOW)).isFalse();
  }

  @Test
  void listsAChatsClaimsSinceATimeOldestFirst() {
    log.claim(ALICE, "old", NOW.minusSeconds(7200));
    log.claim(ALICE, "b", NOW.plusSeconds(60));
    log.claim(ALICE, "a", NOW);
    log.claim(BOB, "other chat", NOW);

    assertThat(log.claimedSince(ALICE, NOW.minusSeconds(3600))).containsExactly("a", "b");
    assertThat(log.claimedSince(ChatAddress.of("telegram", "2"), NOW)).isEmpty();
  }

  @Test
  void otherChatsAndArticlesAreClaimedApart() {
    assertThat(log.claim(ALICE, "a1", NOW)).isTrue();
    assertThat(log.claim(BOB, "a1", NOW)).isTrue();
    assertThat(log.claim(ALICE, "a2", NOW)).isTrue();
  }

  @Test
  void ofRacingClaimsExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        claims.add(() -> log.claim(ALICE, "raced", NOW));
      }
      long won = 0;
      for (Future<Boolean> claim : pool.invokeAll(claims)) {
        won += claim.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
