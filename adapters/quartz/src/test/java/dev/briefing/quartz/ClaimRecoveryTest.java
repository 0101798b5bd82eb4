package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.storage.TestDatabase;
import dev.briefing.testing.RecordingChatAdapter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schedulers' recovery pass: a digest claimed by a node that died while sending it is sent by
 * one of the live nodes once the claim's lease ran out, however late, and only once.
 */
class ClaimRecoveryTest {
  private static final Duration LEASE = Duration.ofSeconds(2);

  @RegisterExtension final TestDatabase database = TestDatabase.h2();

  private final RecordingChatAdapter chats = new RecordingChatAdapter();
  private final List<Node> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(Node::close);
  }

  @Test
  void aDeadSendersDigestIsSentOnceByOneOfTwoLiveNodes() {
    Node first = node("first");
    Node second = node("second");
    first.addArticle("Budget passes", "The council voted for the budget.");
    // An hour ago, far beyond the grace, a node claimed these digests and was killed.
    Instant due = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MINUTES);
    List<Subscription> dead = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Subscription subscription = first.subscriptions.add(at(due, "chat-" + i));
      assertThat(first.deliveries.claim(subscription.id(), due, due.plusSeconds(1))).isTrue();
      dead.add(subscription);
    }

    first.scheduler.start();
    second.scheduler.start();

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                dead.stream()
                    .allMatch(
                        s ->
                            first.deliveries.find(s.id(), due).orElseThrow().status()
                                == DeliveryStatus.SENT));
    // Passes keep running every second on both nodes: none sends a digest again.
    await()
        .during(LEASE.multipliedBy(2))
        .atMost(LEASE.multipliedBy(4))
        .until(() -> chats.sent().size() == dead.size());
    assertThat(chats.sent())
        .extracting(sent -> sent.chat().chatId())
        .containsExactlyInAnyOrder("chat-0", "chat-1", "chat-2", "chat-3", "chat-4");
  }

  private Node node(String id) {
    DigestOptions options = DigestOptions.defaults().withClaimLease(LEASE);
    Node node =
        new Node(database.dataSource(), chats, Node.settings(id), Clock.systemUTC(), options);
    nodes.add(node);
    return node;
  }

  private static NewSubscription at(Instant due, String chatId) {
    LocalTime time = due.atZone(ZoneId.of("UTC")).toLocalTime();
    return new NewSubscription(
        ChatAddress.of("test", chatId), time, Subscription.EVERY_DAY, ZoneId.of("UTC"));
  }
}
