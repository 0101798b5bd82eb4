package dev.briefing.telegram.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.FakeSender;
import dev.briefing.telegram.FakeSender.Attempt;
import dev.briefing.telegram.rendering.TelegramRendererTest;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Inline keyboards, edits in place and progress messages, through the outbound queue. */
class TelegramEditsTest {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "501");
  private static final List<List<Button>> PAGER =
      List.of(List.of(new Button("◀", "/articles 1"), new Button("▶", "/articles 3")));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final ManualScheduler scheduler = new ManualScheduler(clock);
  private final FakeSender sender = new FakeSender(clock);
  private final TelegramChatAdapter adapter =
      new TelegramChatAdapter(
          sender,
          QueuedChatAdapter.Context.of(
              new InMemorySubscriptionRepository(clock), clock, scheduler));

  private List<Attempt> attempts() {
    scheduler.runUntilIdle(Duration.ofMinutes(5));
    return sender.attempts();
  }

  @Test
  void sendsButtonsAsAnInlineKeyboardWhoseCallbackDataIsTheAction() {
    adapter.send(CHAT, Reply.text("Articles, page 2.").withButtons(PAGER));

    assertThat(attempts())
        .singleElement()
        .extracting(Attempt::buttons)
        .isEqualTo(List.of(List.of("/articles 1", "/articles 3")));
  }

  @Test
  void putsTheKeyboardUnderTheLastPartOfASplitReply() {
    adapter.send(CHAT, Reply.text(TelegramRendererTest.longText(10_000)).withButtons(PAGER));

    List<Attempt> parts = attempts();
    assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
    assertThat(parts.subList(0, parts.size() - 1)).allMatch(part -> part.buttons().isEmpty());
    assertThat(parts.get(parts.size() - 1).buttons()).hasSize(1);
  }

  @Test
  void editsThePressedMessageWithTheNewTextAndKeyboard() {
    CompletableFuture<Void> done =
        adapter.answer(
            CHAT,
            Reply.text("Articles, page 2.").withButtons(PAGER),
            40,
            9001,
            () -> {},
            Optional.of(MessageSlot.of(40)));

    Attempt edit = attempts().get(0);
    assertThat(sender.attempts()).hasSize(1);
    assertThat(edit.edited()).isEqualTo(40);
    assertThat(edit.text()).isEqualTo("Articles, page 2.");
    assertThat(edit.buttons()).hasSize(1);
    assertThat(done).isCompleted();
  }

  @Test
  void anEditThatChangesNothingHasDoneItsJob() {
    sender.failNext(FakeSender.notModified());

    CompletableFuture<Void> done =
        adapter.answer(
            CHAT, Reply.text("Same."), 40, null, () -> {}, Optional.of(MessageSlot.of(40)));

    assertThat(attempts()).singleElement().extracting(Attempt::edited).isEqualTo(40);
    assertThat(done).isCompletedWithValue(null);
  }

  @Test
  void anEditThatFailsOnTheServerIsRetriedAsAnEdit() {
    sender.failNext(FakeSender.serverError());

    adapter.answer(CHAT, Reply.text("Page."), 40, null, () -> {}, Optional.of(MessageSlot.of(40)));

    assertThat(attempts()).extracting(Attempt::edited).containsExactly(40, 40);
  }

  @Test
  void aProgressMessageIsPostedThenEditedThenTurnedIntoTheAnswer() {
    TelegramProgress progress = adapter.progress(CHAT, 11, 9002);
    progress.show("Fetching example.org…");
    progress.show("Reading example.org…");

    CompletableFuture<Void> done =
        adapter.answer(CHAT, Reply.text("Added."), 11, 9002, () -> {}, progress.claim());

    List<Attempt> sent = attempts();
    assertThat(sent)
        .extracting(Attempt::text)
        .containsExactly("Fetching example.org…", "Reading example.org…", "Added.");
    int posted = sent.get(0).messageId();
    assertThat(sent.get(0).edited()).isNull();
    assertThat(sent.get(0).replyTo()).isEqualTo(11);
    assertThat(sent.subList(1, 3)).extracting(Attempt::edited).containsOnly(posted);
    assertThat(done).isCompleted();
  }

  @Test
  void onlyTheFirstPartOfTheAnswerReplacesTheProgressMessage() {
    TelegramProgress progress = adapter.progress(CHAT, 11, null);
    progress.show("Fetching…");

    adapter.answer(
        CHAT,
        Reply.text(TelegramRendererTest.longText(10_000)),
        11,
        null,
        () -> {},
        progress.claim());
    adapter.answer(CHAT, Reply.text("And one more."), 11, null, () -> {}, progress.claim());

    List<Attempt> sent = attempts();
    assertThat(sent.get(1).edited()).isEqualTo(sent.get(0).messageId());
    assertThat(sent.subList(2, sent.size())).allMatch(part -> part.edited() == null);
    assertThat(sent.get(sent.size() - 1).text()).isEqualTo("And one more.");
  }

  @Test
  void anAnswerWithoutProgressIsANewMessage() {
    TelegramProgress progress = adapter.progress(CHAT, 11, null);

    adapter.answer(CHAT, Reply.text("Quick."), 11, null, () -> {}, progress.claim());

    assertThat(attempts())
        .singleElement()
        .satisfies(a -> assertThat(a.edited()).isNull())
        .satisfies(a -> assertThat(a.replyTo()).isEqualTo(11));
  }

  @Test
  void sendsTheAnswerAnewWhenTheProgressMessageWasDeleted() {
    TelegramProgress progress = adapter.progress(CHAT, 11, null);
    progress.show("Fetching…");
    scheduler.runUntilIdle(Duration.ofMinutes(1));
    sender.failNext(FakeSender.messageToEditNotFound());

    CompletableFuture<Void> done =
        adapter.answer(CHAT, Reply.text("Added."), 11, null, () -> {}, progress.claim());

    List<Attempt> sent = attempts();
    assertThat(sent).hasSize(3);
    assertThat(sent.get(1).delivered()).isFalse();
    assertThat(sent.get(2).edited()).isNull();
    assertThat(sent.get(2).text()).isEqualTo("Added.");
    assertThat(sent.get(2).replyTo()).isEqualTo(11);
    assertThat(done).isCompletedWithValue(null);
  }

  @Test
  void answersAButtonPressAtOnceWithItsNotice() {
    adapter.answerButton("cb1", Optional.of("This button has expired."));
    adapter.answerButton("cb2", Optional.empty());

    assertThat(sender.buttonAnswers())
        .containsExactly(
            new FakeSender.ButtonAnswer("cb1", "This button has expired."),
            new FakeSender.ButtonAnswer("cb2", null));
    assertThat(sender.attempts()).isEmpty(); // no chat message, nothing queued
  }
}
