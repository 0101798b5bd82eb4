package dev.briefing.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.Delivery;
import dev.briefing.core.store.DeliveryStatus;
import dev.briefing.core.store.Subscription;
import dev.briefing.storage.TestDatabase;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two nodes on one embedded PostgreSQL share the digests; one stops while they are going out. */
class QuartzClusterIT {
  private static final int SUBSCRIPTIONS = 200;
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("UTC"));

  @RegisterExtension final TestDatabase database = TestDatabase.postgres();

  private final CountingChatAdapter chats = new CountingChatAdapter();
  private final List<Node> nodes = new ArrayList<>();

  @AfterEach
  void stopNodes() {
    nodes.forEach(Node::close);
  }

  @Test
  void everyDigestIsDeliveredExactlyOnceWhenOneNodeStopsMidRun() {
    Node a = node("node-a");
    Node b = node("node-b");
    List<Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < SUBSCRIPTIONS; i++) {
      subscriptions.add(a.subscribeDueNow("chat-" + i, ZONES.get(i % ZONES.size())));
    }

    a.scheduler.start();
    b.scheduler.start();
    // Node A holds its next digests at the platform after its first few, so it is surely stopped
    // with digests of its own still going out, however fast the machine.
    await().atMost(Duration.ofSeconds(60)).until(() -> chats.heldBy("node-a") > 0);
    int sentWhenAStopped = chats.total();
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(a::close);
    chats.release(); // A finishes what it holds (close waits for it); the rest is left to node B
    stopping.join();
    nodes.remove(a);

    await().atMost(Duration.ofSeconds(90)).until(() -> chats.distinctChats() == SUBSCRIPTIONS);
    b.close(); // after this nothing more can be sent
    nodes.remove(b);

    assertThat(sentWhenAStopped).as("node A stopped mid-run").isLessThan(SUBSCRIPTIONS);
    assertThat(chats.sentBy("node-a")).as("sent by node A").isPositive();
    assertThat(chats.sentBy("node-b")).as("sent by node B").isPositive();
    assertThat(chats.total()).isEqualTo(SUBSCRIPTIONS);
    assertThat(chats.counts().values()).allMatch(count -> count == 1);
    Node reader = node("reader");
    for (Subscription subscription : subscriptions) {
      assertThat(reader.lastDelivery(subscription))
          .as("delivery of %s", subscription.chat())
          .map(Delivery::status)
          .contains(DeliveryStatus.SENT);
    }
  }

  private Node node(String id) {
    Node node =
        new Node(database.openAnother().dataSource(), chats.of(id), Node.settings(id), Node.BEHIND);
    nodes.add(node);
    return node;
  }

  /**
   * Counts digests per chat and node. Node A's sends after its first {@value #A_SENDS_FREELY} wait
   * at a gate until {@link #release}, as a slow platform would hold them.
   */
  private static final class CountingChatAdapter {
    private static final int A_SENDS_FREELY = 20;

    private final Map<ChatAddress, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> held = new ConcurrentHashMap<>();
    private final CountDownLatch gate = new CountDownLatch(1);

    ChatAdapter of(String node) {
      AtomicInteger sent = byNode.computeIfAbsent(node, n -> new AtomicInteger());
      AtomicInteger started = new AtomicInteger();
      AtomicInteger waiting = held.computeIfAbsent(node, n -> new AtomicInteger());
      return (chat, reply) -> {
        if (node.equals("node-a") && started.incrementAndGet() > A_SENDS_FREELY) {
          waiting.incrementAndGet();
          try {
            gate.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        counts.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
        sent.incrementAndGet();
      };
    }

    int heldBy(String node) {
      return held.getOrDefault(node, new AtomicInteger()).get();
    }

    void release() {
      gate.countDown();
    }

    int sentBy(String node) {
      return byNode.getOrDefault(node, new AtomicInteger()).get();
    }

    int total() {
      return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int distinctChats() {
      return counts.size();
    }

    Map<ChatAddress, Integer> counts() {
      Map<ChatAddress, Integer> copy = new ConcurrentHashMap<>();
      counts.forEach((chat, count) -> copy.put(chat, count.get()));
      return copy;
    }
  }
}
