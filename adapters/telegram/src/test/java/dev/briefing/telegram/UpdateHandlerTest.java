package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class UpdateHandlerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeSender sender = new FakeSender(clock);
  private final List<String> questions = new CopyOnWriteArrayList<>();

  private UpdateHandler handler(AccessPolicy access) {
    TelegramChatAdapter out =
        new TelegramChatAdapter(
            sender, new InMemorySubscriptionRepository(clock), clock, scheduler);
    return new UpdateHandler(
        new TelegramMapper(Fixtures.BOT),
        access,
        TelegramBotIT.router(questions),
        out,
        (fileId, maxBytes) -> {
          throw new AssertionError("no download expected");
        });
  }

  private List<String> sentTexts() {
    scheduler.runUntilIdle(Duration.ofMinutes(5));
    return sender.delivered().stream().map(FakeSender.Attempt::text).toList();
  }

  @Test
  void refusesOutsidersPolitelyOncePerChatThenStaysSilent() {
    UpdateHandler handler = handler(new AccessPolicy(Set.of(), Set.of("999"), Set.of(), Set.of()));

    handler.handle(Fixtures.update("private-question"));
    handler.handle(Fixtures.update("private-question")); // a duplicate: ignored anyway
    handler.handle(Fixtures.parse(TelegramBotIT.privateUpdate(4001, 501, "again")));

    assertThat(sentTexts()).containsExactly(AccessPolicy.NOT_ALLOWED);
    assertThat(questions).isEmpty();
  }

  @Test
  void refusesAdminCommandsToNonAdmins() {
    UpdateHandler handler =
        handler(new AccessPolicy(Set.of(), Set.of(), Set.of("1"), Set.of("summary")));

    handler.handle(Fixtures.update("group-command-for-us"));

    assertThat(sentTexts()).containsExactly("Only the bot's admins can use /summary.");
  }

  @Test
  void refusesADocumentFromANonAdminBeforeDownloadingIt() {
    UpdateHandler handler =
        handler(new AccessPolicy(Set.of(), Set.of(), Set.of("1"), Set.of("add")));

    handler.handle(Fixtures.update("private-document"));

    assertThat(sentTexts()).containsExactly("Only the bot's admins can use /add.");
  }

  @Test
  void answersWhatTheAccessPolicyAdmits() {
    UpdateHandler handler = handler(AccessPolicy.open());

    handler.handle(Fixtures.update("group-command-for-us"));

    assertThat(sentTexts()).containsExactly("Summary of 3 sentences.");
  }
}
