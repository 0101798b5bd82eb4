package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.SharedCore;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.InMemoryChatFilterRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordFiltersTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");
  private static final ChatAddress CHAT_IN_THREAD =
      new ChatAddress("test", "chat-1", Optional.of("t-9"));
  private static final ChatAddress OTHER_CHAT = ChatAddress.of("test", "chat-2");

  private static final AnalyzedArticle GRAIN =
      SharedCore.analyzed(
          """
          Grain ships leave Odesa

          Ukraine's grain exports rose in March, the port authority said.
          Three ships carrying wheat left the harbour on Tuesday.""");
  private static final AnalyzedArticle RATES =
      SharedCore.analyzed(
          """
          Rates held steady

          The European Central Bank kept its main rate at 3 percent on Thursday.
          Its president, Marta Lindqvist, said inflation was slowing.""");
  private static final AnalyzedArticle EXPORTS =
      SharedCore.analyzed(
          """
          Exporters face new rules

          The trade ministry sanctioned two shipping firms for false paperwork.
          Officials said further sanctions would follow next month.""");

  private final InMemoryChatFilterRepository repository = new InMemoryChatFilterRepository();
  private final WordFilters filters = new WordFilters(repository);

  @Test
  void aChatWithoutFiltersLetsEverythingThrough() {
    assertThat(filters.passes(CHAT, GRAIN)).isTrue();
    assertThat(filters.active(CHAT).filters()).isEmpty();
  }

  @Test
  void aNameMatchesItsPossessive() {
    repository.add(CHAT, "Ukraine");

    assertThat(filters.passes(CHAT, GRAIN)).isTrue();
    assertThat(filters.passes(CHAT, RATES)).isFalse();
  }

  @Test
  void aWordMatchesItsPluralAndOtherForms() {
    repository.add(CHAT, "sanction");

    assertThat(filters.passes(CHAT, EXPORTS)).isTrue();
    assertThat(filters.passes(CHAT, GRAIN)).isFalse();
  }

  @Test
  void aPluralFilterMatchesTheSingularInTheTitle() {
    repository.add(CHAT, "rules");
    repository.add(OTHER_CHAT, "rate");

    assertThat(filters.passes(CHAT, EXPORTS)).isTrue();
    assertThat(filters.passes(OTHER_CHAT, RATES)).isTrue();
  }

  @Test
  void aPersonMatchesBySurnameOrFullName() {
    repository.add(CHAT, "Lindqvist");
    repository.add(OTHER_CHAT, "Marta Lindqvist");

    assertThat(filters.passes(CHAT, RATES)).isTrue();
    assertThat(filters.passes(OTHER_CHAT, RATES)).isTrue();
    assertThat(filters.passes(CHAT, GRAIN)).isFalse();
  }

  @Test
  void anOrganisationMatchesByAnAcronymTheArticleNeverUses() {
    repository.add(CHAT, "ECB");

    assertThat(filters.passes(CHAT, RATES)).isTrue();
    assertThat(filters.passes(CHAT, GRAIN)).isFalse();
  }

  @Test
  void aFilterOfSeveralWordsNeedsThemAll() {
    repository.add(CHAT, "grain wheat");
    repository.add(OTHER_CHAT, "grain inflation");

    assertThat(filters.passes(CHAT, GRAIN)).isTrue();
    assertThat(filters.passes(OTHER_CHAT, GRAIN)).isFalse();
    assertThat(filters.passes(OTHER_CHAT, RATES)).isFalse();
  }

  @Test
  void anArticlePassesWhenItMatchesAnyFilter() {
    repository.add(CHAT, "Ukraine");
    repository.add(CHAT, "inflation");

    assertThat(filters.passes(CHAT, GRAIN)).isTrue();
    assertThat(filters.passes(CHAT, RATES)).isTrue();
    assertThat(filters.passes(CHAT, EXPORTS)).isFalse();
  }

  @Test
  void matchingIgnoresCase() {
    repository.add(CHAT, "uKRAINE");
    repository.add(OTHER_CHAT, "ecb");

    assertThat(filters.passes(CHAT, GRAIN)).isTrue();
    assertThat(filters.passes(OTHER_CHAT, RATES)).isTrue();
  }

  @Test
  void filtersBelongToTheChatWhateverTheThread() {
    repository.add(CHAT, "Ukraine");

    assertThat(filters.passes(CHAT_IN_THREAD, RATES)).isFalse();
    assertThat(filters.passes(OTHER_CHAT, RATES)).isTrue();
  }

  @Test
  void theActiveFiltersNameWhatTheChatWrote() {
    repository.add(CHAT, "Ukraine");
    repository.add(CHAT, "central bank");

    ChatFilter.Active active = filters.active(CHAT);

    assertThat(active.filters()).containsExactly("Ukraine", "central bank");
    assertThat(active.passes()).accepts(GRAIN, RATES).rejects(EXPORTS);
  }
}
