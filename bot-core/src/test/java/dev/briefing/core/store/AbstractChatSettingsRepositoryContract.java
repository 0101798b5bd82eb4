package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.chat.ChatAddress;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ChatSettingsRepository} must do; each implementation runs it. */
public abstract class AbstractChatSettingsRepositoryContract {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "-1001");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private ChatSettingsRepository repository;

  /** A fresh, empty repository. */
  protected abstract ChatSettingsRepository newRepository();

  @BeforeEach
  void createRepository() {
    repository = newRepository();
  }

  @Test
  void keepsTheFocusedArticleUntilCleared() {
    assertThat(repository.findFocus(CHAT)).isEmpty();

    repository.setZone(CHAT, BERLIN);
    repository.setFocus(CHAT, Optional.of("budget-1a2b3c"));
    assertThat(repository.findFocus(CHAT)).contains("budget-1a2b3c");
    assertThat(repository.findZone(CHAT)).contains(BERLIN);

    repository.setFocus(CHAT, Optional.empty());
    assertThat(repository.findFocus(CHAT)).isEmpty();
    assertThat(repository.findZone(CHAT)).contains(BERLIN);
  }

  @Test
  void aFocusAloneMakesASettingsRowAndMovesWithTheChat() {
    ChatAddress moved = ChatAddress.of("telegram", "-1002");
    repository.setFocus(CHAT, Optional.of("a-1"));

    repository.moveChat(CHAT, moved);

    assertThat(repository.findFocus(moved)).contains("a-1");
    assertThat(repository.findFocus(CHAT)).isEmpty();
    assertThat(repository.findZone(moved)).isEmpty();
  }

  @Test
  void keepsADigestLayoutBesideTheOtherSettingsAndMovesItWithTheChat() {
    ChatAddress moved = ChatAddress.of("telegram", "-1002");
    DigestLayout headlines = new DigestLayout(DigestLayout.Style.HEADLINES, 40);
    assertThat(repository.findDigestLayout(CHAT)).isEmpty();

    repository.setZone(CHAT, BERLIN);
    repository.setDigestLayout(CHAT, headlines);
    assertThat(repository.findDigestLayout(CHAT)).contains(headlines);
    assertThat(repository.findZone(CHAT)).contains(BERLIN);

    repository.setDigestLayout(CHAT, headlines.withStyle(DigestLayout.Style.SUMMARIES));
    assertThat(repository.findDigestLayout(CHAT))
        .contains(new DigestLayout(DigestLayout.Style.SUMMARIES, 40));

    repository.moveChat(CHAT, moved);
    assertThat(repository.findDigestLayout(moved))
        .get()
        .extracting(DigestLayout::size)
        .isEqualTo(40);
    assertThat(repository.findDigestLayout(CHAT)).isEmpty();
  }

  @Test
  void aDigestLayoutAloneMakesASettingsRow() {
    repository.setDigestLayout(CHAT, new DigestLayout(DigestLayout.Style.HEADLINES, 50));

    assertThat(repository.findDigestLayout(CHAT))
        .contains(new DigestLayout(DigestLayout.Style.HEADLINES, 50));
    assertThat(repository.findZone(CHAT)).isEmpty();
    assertThat(repository.findFocus(CHAT)).isEmpty();
  }

  @Test
  void aChatWithoutSettingsHasNoZone() {
    assertThat(repository.findZone(CHAT)).isEmpty();
  }

  @Test
  void setsAndReplacesAChatsZone() {
    repository.setZone(CHAT, BERLIN);
    assertThat(repository.findZone(CHAT)).contains(BERLIN);

    repository.setZone(CHAT, NEW_YORK);
    assertThat(repository.findZone(CHAT)).contains(NEW_YORK);
  }

  @Test
  void everyThreadOfAChatSharesItsZoneAndOtherChatsDoNot() {
    repository.setZone(new ChatAddress("telegram", "-1001", Optional.of("5")), BERLIN);

    assertThat(repository.findZone(CHAT)).contains(BERLIN);
    assertThat(repository.findZone(ChatAddress.of("slack", "-1001"))).isEmpty();
    assertThat(repository.findZone(ChatAddress.of("telegram", "-1002"))).isEmpty();
  }

  @Test
  void rejectsFixedOffsetsAndStoresNothing() {
    assertThatThrownBy(() -> repository.setZone(CHAT, ZoneOffset.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("IANA");
    assertThatThrownBy(() -> repository.setZone(CHAT, ZoneId.of("UTC+02:00")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(repository.findZone(CHAT)).isEmpty();
  }

  @Test
  void racingFirstSettingsForOneChatAllSucceedAndOneWins() throws Exception {
    List<ZoneId> zones =
        List.of(BERLIN, NEW_YORK, ZoneId.of("Asia/Tokyo"), ZoneId.of("Europe/London"));
    ExecutorService racers = Executors.newFixedThreadPool(zones.size());
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> sets = new ArrayList<>();
      for (ZoneId zone : zones) {
        sets.add(
            racers.submit(
                () -> {
                  start.await();
                  repository.setZone(CHAT, zone);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> set : sets) {
        set.get(30, TimeUnit.SECONDS);
      }
    } finally {
      racers.shutdownNow();
    }

    assertThat(repository.findZone(CHAT)).get().isIn(zones);
  }

  @Test
  void movesAChatsSettingsToItsNewId() {
    ChatAddress supergroup = ChatAddress.of("telegram", "-10042");
    repository.setZone(CHAT, BERLIN);
    repository.setZone(supergroup, NEW_YORK);

    repository.moveChat(CHAT, supergroup);
    repository.moveChat(ChatAddress.of("telegram", "-7"), CHAT);

    assertThat(repository.findZone(CHAT)).isEmpty();
    assertThat(repository.findZone(supergroup)).contains(BERLIN);
  }
}
