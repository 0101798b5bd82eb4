package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.briefing.core.model.Citation;
import dev.briefing.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ConversationStore} must have; extend it with stores over one fresh,
 * empty storage.
 */
public abstract class AbstractConversationStoreContract {
  private static final Instant NOW = Instant.parse("2025-03-14T08:00:00Z");
  private static final ChatAddress GROUP = ChatAddress.of("telegram", "-100");
  private static final ChatAddress THREAD =
      new ChatAddress("slack", "C1", Optional.of("1710403200.000100"));
  private static final ChatAddress OTHER_THREAD =
      new ChatAddress("slack", "C1", Optional.of("1710403300.000200"));

  protected final MutableClock clock = new MutableClock(NOW);
  private ConversationStore store;

  /**
   * A store on the clock; each call a new instance over the same storage, when it has one that
   * outlives the instance.
   */
  protected abstract ConversationStore newStore(MutableClock clock);

  /** Whether a new store instance sees what an earlier one saved (a database does). */
  protected boolean survivesRestart() {
    return true;
  }

  @BeforeEach
  void createStore() {
    store = newStore(clock);
  }

  private static Conversation conversation(String question, Instant at) {
    return new Conversation(
        question,
        Optional.of("Mara Quell"),
        Optional.empty(),
        List.of("harbour-1a2b", "budget-3c4d"),
        List.of(
            new Citation("harbour-1a2b", 3, "“We will not wait,” Quell said.\tTwice."),
            new Citation("budget-3c4d", 12, "The guild’s chair, Mara Quell, agreed.")),
        at);
  }

  @Test
  void knowsNoConversationNeverSaved() {
    assertThat(store.find(GROUP)).isEmpty();
  }

  @Test
  void returnsEveryFieldAsSaved() {
    Conversation saved = conversation("What did Mara Quell say?", NOW);

    store.save(GROUP, saved);

    assertThat(store.find(GROUP)).contains(saved);
  }

  @Test
  void keepsNoSubjectAndNoCitationsAsSuch() {
    Conversation bare =
        new Conversation(
            "Why?", Optional.empty(), Optional.of("the Guild"), List.of(), List.of(), NOW);

    store.save(GROUP, bare);

    assertThat(store.find(GROUP)).contains(bare);
  }

  @Test
  void replacesTheConversationOnASecondSave() {
    store.save(GROUP, conversation("What did Mara Quell say?", NOW));
    Conversation next =
        new Conversation(
            "Who is Ivo Brandt?",
            Optional.of("Ivo Brandt"),
            Optional.of("the Guild"),
            List.of("budget-3c4d"),
            List.of(new Citation("budget-3c4d", 2, "Ivo Brandt runs the guild.")),
            NOW.plusSeconds(30));

    store.save(GROUP, next);

    assertThat(store.find(GROUP)).contains(next);
  }

  @Test
  void keepsEachChatAndThreadApart() {
    Conversation inThread = conversation("What did Mara Quell say?", NOW);

    store.save(THREAD, inThread);

    assertThat(store.find(THREAD)).contains(inThread);
    assertThat(store.find(OTHER_THREAD)).isEmpty();
    assertThat(store.find(ChatAddress.of("slack", "C1"))).isEmpty();
    assertThat(store.find(ChatAddress.of("telegram", "C1"))).isEmpty();
  }

  @Test
  void forgetsAConversationOlderThanTheTtl() {
    store.save(GROUP, conversation("What did Mara Quell say?", NOW));

    clock.advance(ConversationStore.TTL.minusSeconds(1));
    assertThat(store.find(GROUP)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.find(GROUP)).isEmpty();
  }

  @Test
  void anExpiredConversationStaysGoneAfterOthersAreSaved() {
    store.save(GROUP, conversation("What did Mara Quell say?", NOW));
    clock.advance(ConversationStore.TTL.plusMinutes(1));

    store.save(THREAD, conversation("Who is she?", clock.instant()));

    assertThat(store.find(GROUP)).isEmpty();
    assertThat(store.find(THREAD)).isPresent();
  }

  @Test
  void aNewStoreOverTheSameStorageSeesTheConversation() {
    assumeTrue(survivesRestart(), "this store keeps conversations in memory only");
    Conversation saved = conversation("What did Mara Quell say?", NOW);
    store.save(THREAD, saved);

    ConversationStore restarted = newStore(clock);

    assertThat(restarted.find(THREAD)).contains(saved);
    assertThat(restarted.find(OTHER_THREAD)).isEmpty();
  }
}
