package dev.briefing.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.BriefingCore;
import dev.briefing.core.SharedCore;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemoryChatFilterRepository;
import dev.briefing.core.store.InMemoryDeliveryLog;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.testing.MutableClock;
import dev.briefing.testing.RecordingChatAdapter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Digests through the real engine keep only the articles that pass the chat's filters. */
class FilteredDigestTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");
  private static final ChatAddress UNFILTERED = ChatAddress.of("test", "chat-2");
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final Instant FIRE = Instant.parse("2026-11-27T07:00:00Z");

  private final BriefingCore core = SharedCore.get();
  private final MutableClock clock = new MutableClock(FIRE.minus(Duration.ofHours(2)));
  private final InMemorySubscriptionRepository subscriptions =
      new InMemorySubscriptionRepository(clock);
  private final InMemoryDeliveryLog deliveries = new InMemoryDeliveryLog(subscriptions);
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository(clock);
  private final InMemoryChatFilterRepository filters = new InMemoryChatFilterRepository();
  private final RecordingChatAdapter chats = new RecordingChatAdapter();
  private final DigestService digests =
      new DigestService(
          core.engine(),
          articles,
          subscriptions,
          deliveries,
          chats,
          clock,
          DigestOptions.defaults(),
          chat -> Set.of(dev.briefing.core.chat.ArticleOrigin.everyone()),
          DigestOutcomes.NONE,
          new WordFilters(filters));

  @Test
  void aFilteredDigestListsOnlyTheMatchingArticlesAndSaysHowManyPassed() {
    addArticles();
    filters.add(CHAT, "harbour");
    filters.add(CHAT, "Lindqvist");

    Reply digest = digests.composeNow(CHAT, UTC);

    assertThat(digest.text())
        .startsWith("Your first digest: 2 articles.")
        .contains("Ferry strike closes harbour", "Rates held steady")
        .doesNotContain("Library reopens")
        .endsWith(
            "2 of 3 new articles matched your filters (harbour; Lindqvist); /filter changes them.");
    assertThat(digests.composeNow(UNFILTERED, UTC).text())
        .startsWith("Your first digest: 3 articles.")
        .doesNotContain("matched your filters");
  }

  @Test
  void aDigestWhoseArticlesTheFiltersAllHoldBackSaysSoAndNamesThem() {
    addArticles();
    filters.add(CHAT, "volcano");

    assertThat(digests.composeNow(CHAT, UTC).text())
        .isEqualTo(
            "Nothing matched your filters yet: 3 new articles did not. Your filter: volcano."
                + " /filter changes them.");
  }

  @Test
  void aScheduledDigestSendsOnlyTheMatchingArticlesAndSkipsWhenNoneMatch() {
    Subscription filtered =
        subscriptions.add(
            new NewSubscription(CHAT, LocalTime.of(7, 0), Subscription.EVERY_DAY, UTC));
    addArticles();
    filters.add(CHAT, "ferries");
    clock.set(FIRE.plusSeconds(5));

    assertThat(digests.deliver(filtered, FIRE)).isEqualTo(DeliveryOutcome.SENT);
    assertThat(chats.sent()).hasSize(1);
    assertThat(chats.sent().get(0).reply().text())
        .contains("Ferry strike closes harbour")
        .doesNotContain("Rates held steady", "Library reopens");

    add("Library adds a wing", "The city library opened a new wing for children on Friday.");
    Instant next = FIRE.plus(Duration.ofDays(1));
    clock.set(next.plusSeconds(5));
    assertThat(digests.deliver(filtered, next)).isEqualTo(DeliveryOutcome.NOTHING_NEW);
    assertThat(digests.composeNow(CHAT, UTC).text())
        .startsWith("Nothing new matched your filters since Fri 27 Nov 07:00 UTC: 1 new article");
  }

  private void addArticles() {
    add(
        "Ferry strike closes harbour",
        "Dock workers walked out on Monday and the ferries stayed in the harbour.",
        "The union said the strike would last two days.");
    add(
        "Rates held steady",
        "The central bank kept its main rate at 3 percent on Thursday.",
        "Its governor, Marta Lindqvist, said inflation was slowing.");
    add(
        "Library reopens after repairs",
        "The old library reopened on Saturday after a year of repairs to its roof.");
  }

  private void add(String title, String... sentences) {
    String text = title + "\n\n" + String.join(" ", sentences);
    articles.save(core.engine().analyze(core.reader().parse(title + ".txt", text)));
    clock.advance(Duration.ofMinutes(1));
  }
}
