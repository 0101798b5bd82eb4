package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.briefing.core.model.Citation;
import dev.briefing.testing.ManualScheduler;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChatAdapter} must do, stated over the port only; each implementation runs it
 * with a fake platform. Queue-based adapters send on {@link #scheduler}, driven by {@link #clock},
 * so no case waits on a thread. A case an adapter cannot meet is switched off by a capability hook
 * ({@link #canBeRefused()}, {@link #servesOnlyItsOwnPlatform()}, {@link #supportsClose()}) whose
 * override says why.
 */
public abstract class AbstractChatAdapterContract {
  /** More than any queue needs to send a long reply within the rate limits and retries. */
  protected static final Duration ENOUGH = Duration.ofHours(1);

  /** A chat on a platform no adapter serves. */
  protected static final ChatAddress FOREIGN_CHAT = ChatAddress.of("elsewhere", "E1");

  protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  protected final ManualScheduler scheduler = new ManualScheduler(clock);

  private ChatAdapter adapter;

  /** A fresh adapter whose platform accepts every send; queues run on {@link #scheduler}. */
  protected abstract ChatAdapter newAdapter();

  /** A chat of the adapter's platform. */
  protected abstract ChatAddress chat();

  /**
   * The text of each message the platform accepted so far, in order, as the chat shows it: markup
   * and escaping removed, so {@code a < b} reads {@code a < b}.
   */
  protected abstract List<String> delivered();

  /** The longest text one delivered message may have, as {@link #delivered()} reads it. */
  protected abstract int maxMessageLength();

  /** The platform refuses the next send in a way no retry mends (the chat blocked the bot). */
  protected void refuseNextSendForGood() {
    throw new UnsupportedOperationException("override together with canBeRefused()");
  }

  /** Whether {@link #refuseNextSendForGood()} can make the platform refuse a delivery. */
  protected boolean canBeRefused() {
    return true;
  }

  /** Whether the adapter rejects chats of other platforms rather than sending to them. */
  protected boolean servesOnlyItsOwnPlatform() {
    return true;
  }

  /** Whether the adapter is {@link AutoCloseable} and hands back what it holds on close. */
  protected boolean supportsClose() {
    return true;
  }

  /** Lets the adapter send everything queued, moving the clock past rate limits and retries. */
  protected void runQueuedWork() {
    scheduler.runUntilIdle(ENOUGH);
  }

  @BeforeEach
  void createAdapter() {
    adapter = newAdapter();
  }

  @Test
  void sendDeliversTheRepliesText() {
    adapter.send(chat(), Reply.text("Markets rose on Monday."));
    runQueuedWork();

    assertThat(delivered()).containsExactly("Markets rose on Monday.");
  }

  @Test
  void repliesToOneChatArriveInTheOrderSent() {
    List<String> sent = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      sent.add("Reply number " + i + ".");
      adapter.send(chat(), Reply.text(sent.get(i - 1)));
    }
    runQueuedWork();

    assertThat(delivered()).containsExactlyElementsOf(sent);
  }

  @Test
  void deliverCompletesOnceThePlatformAcceptedTheReply() {
    CompletableFuture<Void> done = adapter.deliver(chat(), Reply.text("The digest."));
    runQueuedWork();

    assertThat(done).isCompleted();
    assertThat(delivered()).containsExactly("The digest.");
  }

  @Test
  void textThatLooksLikeMarkupArrivesAsWritten() {
    String text = "Q&A: is 3 < 4 > 2? Ask <!channel> & <b>everyone</b> &amp; more.";

    CompletableFuture<Void> done = adapter.deliver(chat(), Reply.text(text));
    runQueuedWork();

    assertThat(done).isCompleted();
    assertThat(delivered()).containsExactly(text);
  }

  @Test
  void aLongReplyArrivesWholeInOrderSplitIntoPartsAndCompletesAfterTheLast() {
    String text = sentences(20_000);
    AtomicReference<List<String>> deliveredWhenDone = new AtomicReference<>();

    CompletableFuture<Void> done = adapter.deliver(chat(), Reply.text(text));
    done.thenRun(() -> deliveredWhenDone.set(delivered()));
    runQueuedWork();

    assertThat(done).isCompleted();
    List<String> parts = delivered();
    assertThat(deliveredWhenDone.get()).as("delivered when the future completed").isEqualTo(parts);
    assertThat(parts)
        .allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(maxMessageLength()));
    if (text.length() > maxMessageLength()) {
      assertThat(parts).hasSizeGreaterThan(1);
    }
    assertThat(words(String.join(" ", parts))).isEqualTo(words(text));
  }

  @Test
  void aReplyWithCitationsDeliversTheCitedSentences() {
    Reply reply =
        new Reply(
            "Both leaders spoke about the summit.",
            List.of(
                new Citation("a1", 3, "The president said the summit went well."),
                new Citation("a2", 7, "The minister called it a first step.")));

    CompletableFuture<Void> done = adapter.deliver(chat(), reply);
    runQueuedWork();

    assertThat(done).isCompleted();
    assertThat(String.join("\n", delivered()))
        .contains("Both leaders spoke about the summit.")
        .contains("The president said the summit went well.")
        .contains("The minister called it a first step.");
  }

  @Test
  void aReplyWithNothingToShowStillCompletes() {
    CompletableFuture<Void> done = adapter.deliver(chat(), Reply.text("  \n\n "));
    runQueuedWork();

    assertThat(done).isCompleted();
  }

  @Test
  void deliverFailsRefusedWhenThePlatformRefusesForGood() {
    assumeTrue(canBeRefused(), "this platform cannot refuse a delivery");
    refuseNextSendForGood();

    CompletableFuture<Void> done = adapter.deliver(chat(), Reply.text("Refused digest."));
    runQueuedWork();

    assertThat(notDelivered(done).handedBack()).as("handed back").isFalse();
    assertThat(delivered()).isEmpty();
  }

  @Test
  void keepsDeliveringAfterARefusal() {
    assumeTrue(canBeRefused(), "this platform cannot refuse a delivery");
    refuseNextSendForGood();
    adapter.deliver(chat(), Reply.text("Refused digest."));
    runQueuedWork();

    CompletableFuture<Void> later = adapter.deliver(chat(), Reply.text("A later reply."));
    runQueuedWork();

    assertThat(later).isCompleted();
    assertThat(delivered()).containsExactly("A later reply.");
  }

  @Test
  void deliverToAChatOfAnotherPlatformNeverThrows() {
    assertThatCode(() -> adapter.deliver(FOREIGN_CHAT, Reply.text("Lost?")))
        .doesNotThrowAnyException();
  }

  @Test
  void deliverToAChatOfAnotherPlatformFailsAndSendsNothing() {
    assumeTrue(servesOnlyItsOwnPlatform(), "this adapter sends every chat to one place");

    CompletableFuture<Void> done = adapter.deliver(FOREIGN_CHAT, Reply.text("Lost?"));
    runQueuedWork();

    assertThat(done).isCompletedExceptionally();
    assertThat(delivered()).isEmpty();
  }

  @Test
  void deliverAfterCloseFailsHandedBack() {
    assumeTrue(supportsClose(), "this adapter holds nothing to close");
    close();

    CompletableFuture<Void> done = adapter.deliver(chat(), Reply.text("Too late."));
    runQueuedWork();

    assertThat(notDelivered(done).handedBack()).as("handed back").isTrue();
    assertThat(delivered()).isEmpty();
  }

  @Test
  void closeHandsBackAReplyStillQueuedAndNeverSendsIt() {
    assumeTrue(supportsClose(), "this adapter holds nothing to close");
    CompletableFuture<Void> sent = adapter.deliver(chat(), Reply.text("Sent in time."));
    runQueuedWork();
    CompletableFuture<Void> queued = adapter.deliver(chat(), Reply.text("Still queued."));

    close();
    runQueuedWork();

    assertThat(sent).isCompleted();
    assertThat(notDelivered(queued).handedBack()).as("handed back").isTrue();
    assertThat(delivered()).containsExactly("Sent in time.");
  }

  /** The adapter under test, for cases a subclass adds. */
  protected final ChatAdapter adapter() {
    return adapter;
  }

  /** Sentences of about {@code length} characters in all, each numbered, so order shows. */
  protected static String sentences(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 1; text.length() < length; i++) {
      text.append("Sentence ").append(i).append(" reports what the markets did today. ");
    }
    return text.toString().strip();
  }

  /** The reason a delivery failed, asserting it failed with {@link NotDelivered}. */
  protected static NotDelivered notDelivered(CompletableFuture<Void> future) {
    assertThat(future).isCompletedExceptionally();
    Throwable cause = future.handle((ok, e) -> e).join();
    assertThat(cause).isInstanceOf(NotDelivered.class);
    return (NotDelivered) cause;
  }

  private void close() {
    assertThat(adapter)
        .as("supportsClose() but not AutoCloseable")
        .isInstanceOf(AutoCloseable.class);
    assertThatCode(((AutoCloseable) adapter)::close).doesNotThrowAnyException();
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
