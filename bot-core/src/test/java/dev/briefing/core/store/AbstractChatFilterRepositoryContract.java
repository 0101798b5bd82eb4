package dev.briefing.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ChatFilterRepository} must do; each implementation runs it. */
public abstract class AbstractChatFilterRepositoryContract {
  private static final ChatAddress ALICE = ChatAddress.of("telegram", "1");
  private static final ChatAddress ALICE_THREAD =
      new ChatAddress("telegram", "1", Optional.of("77"));
  private static final ChatAddress BOB = ChatAddress.of("slack", "C2");

  private ChatFilterRepository filters;

  /** A fresh, empty repository. */
  protected abstract ChatFilterRepository newRepository();

  @BeforeEach
  void createRepository() {
    filters = newRepository();
  }

  @Test
  void aChatKeepsItsFiltersAsWrittenInTheOrderAdded() {
    assertThat(filters.add(ALICE, "Ukraine")).isTrue();
    assertThat(filters.add(ALICE, "Central Bank")).isTrue();

    assertThat(filters.filtersOf(ALICE)).containsExactly("Ukraine", "Central Bank");
    assertThat(filters.filtersOf(ALICE_THREAD)).containsExactly("Ukraine", "Central Bank");
    assertThat(filters.filtersOf(BOB)).isEmpty();
  }

  @Test
  void theSameWordsInAnyCaseOrSpacingAreOneFilter() {
    filters.add(ALICE, "Central Bank");

    assertThat(filters.add(ALICE_THREAD, "central   BANK")).isFalse();
    assertThat(filters.add(BOB, "central bank")).isTrue();
    assertThat(filters.filtersOf(ALICE)).containsExactly("Central Bank");
  }

  @Test
  void removingTakesOnlyThatFilterOfThatChat() {
    filters.add(ALICE, "Ukraine");
    filters.add(ALICE, "ECB");
    filters.add(BOB, "Ukraine");

    assertThat(filters.remove(ALICE, "ukraine")).isTrue();
    assertThat(filters.remove(ALICE, "Ukraine")).isFalse();

    assertThat(filters.filtersOf(ALICE)).containsExactly("ECB");
    assertThat(filters.filtersOf(BOB)).containsExactly("Ukraine");
  }

  @Test
  void clearingRemovesEveryFilterOfTheChatAndCountsThem() {
    filters.add(ALICE, "Ukraine");
    filters.add(ALICE, "ECB");
    filters.add(BOB, "Ukraine");

    assertThat(filters.clear(ALICE_THREAD)).isEqualTo(2);
    assertThat(filters.clear(ALICE)).isZero();

    assertThat(filters.filtersOf(ALICE)).isEmpty();
    assertThat(filters.filtersOf(BOB)).containsExactly("Ukraine");
  }

  @Test
  void aFilterRemovedCanBeAddedAgainAndGoesLast() {
    filters.add(ALICE, "Ukraine");
    filters.add(ALICE, "ECB");
    filters.remove(ALICE, "Ukraine");

    assertThat(filters.add(ALICE, "Ukraine")).isTrue();
    assertThat(filters.filtersOf(ALICE)).containsExactly("ECB", "Ukraine");
  }
}
