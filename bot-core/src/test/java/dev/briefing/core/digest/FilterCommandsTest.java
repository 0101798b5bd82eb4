package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.store.InMemoryChatFilterRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import dev.briefing.testing.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FilterCommandsTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");
  private static final ChatAddress OTHER_CHAT = ChatAddress.of("test", "chat-2");

  private final InMemoryChatFilterRepository filters = new InMemoryChatFilterRepository();
  private final CommandRouter router =
      new BriefingCommands(
              new FakeBriefingEngine(),
              new FakeArticleReader(),
              new InMemoryArticleRepository(new MutableClock(Instant.EPOCH)),
              2,
              new FilterCommands(filters).commands())
          .router();

  @Test
  void filterAloneExplainsFiltersWithExamples() {
    String explained = say("/filter");

    assertThat(explained)
        .contains("matches any of your filters")
        .contains("needs all of them")
        .contains("/filter add Ukraine")
        .contains("/filter list")
        .contains("/filter remove 2")
        .contains("/filter clear")
        .endsWith("This chat has no filters.");
  }

  @Test
  void filterAloneAlsoShowsTheChatsFilters() {
    say("/filter add Ukraine");

    assertThat(say("/filter")).endsWith("1. Ukraine");
  }

  @Test
  void addStoresTheFilterForThisChatAndSaysWhatItDoes() {
    assertThat(say("/filter add Ukraine"))
        .isEqualTo(
            "Added filter 1: \"Ukraine\". Digests and feed posts now keep only articles matching"
                + " it. /filter list shows them.");
    assertThat(say("/filter add  central   bank"))
        .isEqualTo(
            "Added filter 2: \"central bank\" (all its words must match). Digests and feed posts"
                + " now keep only articles matching any of your 2 filters. /filter list shows"
                + " them.");

    assertThat(filters.filtersOf(CHAT)).containsExactly("Ukraine", "central bank");
    assertThat(filters.filtersOf(OTHER_CHAT)).isEmpty();
  }

  @Test
  void addingTheSameFilterAgainKeepsOne() {
    say("/filter add Ukraine");

    assertThat(say("/filter add UKRAINE"))
        .isEqualTo("This chat already has the filter \"UKRAINE\".");
    assertThat(filters.filtersOf(CHAT)).containsExactly("Ukraine");
  }

  @Test
  void listNumbersTheChatsFilters() {
    say("/filter add Ukraine");
    say("/filter add ECB");
    sayIn(OTHER_CHAT, "/filter add football");

    assertThat(say("/filter list"))
        .isEqualTo(
            """
            This chat's filters (an article gets through when it matches any):
            1. Ukraine
            2. ECB
            Remove one with /filter remove <n>, or all with /filter clear.""");
  }

  @Test
  void listWithoutFiltersSaysEverythingGetsThrough() {
    assertThat(say("/filter list")).startsWith("This chat has no filters, so every article");
  }

  @Test
  void removeTakesAFilterByItsNumberOrItsWords() {
    say("/filter add Ukraine");
    say("/filter add ECB");
    say("/filter add grain");

    assertThat(say("/filter remove 2")).isEqualTo("Removed the filter \"ECB\". 2 filters left.");
    assertThat(say("/filter remove ukraine"))
        .isEqualTo("Removed the filter \"Ukraine\". 1 filter left.");
    assertThat(say("/filter remove 1"))
        .isEqualTo(
            "Removed the filter \"grain\". No filters are left, so every article gets through.");
    assertThat(filters.filtersOf(CHAT)).isEmpty();
  }

  @Test
  void removingAFilterThatIsNotThereChangesNothing() {
    say("/filter add Ukraine");

    assertThat(say("/filter remove 9"))
        .isEqualTo("There is no filter 9; /filter list shows 1 filter.");
    assertThat(say("/filter remove 0")).startsWith("There is no filter 0;");
    assertThat(say("/filter remove football"))
        .startsWith("This chat has no filter \"football\". Use /filter add");
    assertThat(say("/filter remove")).startsWith("Which filter?");
    assertThat(filters.filtersOf(CHAT)).containsExactly("Ukraine");
  }

  @Test
  void removeInAChatWithoutFiltersSaysSo() {
    assertThat(say("/filter remove 1")).isEqualTo("This chat has no filters to remove.");
  }

  @Test
  void clearRemovesEveryFilterOfThisChatOnly() {
    say("/filter add Ukraine");
    say("/filter add ECB");
    sayIn(OTHER_CHAT, "/filter add football");

    assertThat(say("/filter clear"))
        .isEqualTo("Removed 2 filters. Every article gets through again.");
    assertThat(say("/filter clear"))
        .isEqualTo("This chat has no filters; every article gets through.");
    assertThat(filters.filtersOf(OTHER_CHAT)).containsExactly("football");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/filter add", "/filter add   ", "/filter add ... !!", "/filter add —"})
  void addWithoutWordsAsksForSomeAndStoresNothing(String input) {
    assertThat(say(input)).contains("For example /filter add Ukraine.");
    assertThat(filters.filtersOf(CHAT)).isEmpty();
  }

  @Test
  void aThousandCharacterFilterIsRefusedWithItsLength() {
    String essay = "word ".repeat(200).strip();

    assertThat(say("/filter add " + essay))
        .isEqualTo(
            "That filter is 999 characters long; a filter is a few words, at most 100"
                + " characters. For example /filter add central bank.");
    assertThat(filters.filtersOf(CHAT)).isEmpty();
  }

  @Test
  void aFilterOfManyWordsIsRefusedBecauseItWouldMatchNothing() {
    assertThat(say("/filter add one two three four five six seven eight nine"))
        .startsWith("A filter matches when all its words do, so 9 words");
    assertThat(filters.filtersOf(CHAT)).isEmpty();
  }

  @Test
  void aChatHasAtMostFiftyFilters() {
    for (int i = 1; i <= FilterCommands.MAX_FILTERS; i++) {
      say("/filter add topic" + i);
    }

    assertThat(say("/filter add one more"))
        .isEqualTo(
            "This chat has 50 filters, the most it can have. Remove one with /filter remove <n>"
                + " first.");
    assertThat(filters.filtersOf(CHAT)).hasSize(FilterCommands.MAX_FILTERS);
  }

  @Test
  void anUnknownVerbAnswersWithUsage() {
    assertThat(say("/filter delete 1"))
        .isEqualTo(
            "I don't know /filter delete. Use /filter add Ukraine, /filter list, /filter remove 2"
                + " (its number in /filter list), or /filter clear.");
  }

  @Test
  void filterIsAnAdminCommandInGroupsByDefault() {
    assertThat(AccessPolicy.DEFAULT_ADMIN_COMMANDS).contains("filter");
  }

  private String say(String text) {
    return sayIn(CHAT, text);
  }

  private String sayIn(ChatAddress chat, String text) {
    var replies = router.route(new IncomingMessage(chat, "user-1", text));
    assertThat(replies).hasSize(1);
    return replies.get(0).text();
  }
}
