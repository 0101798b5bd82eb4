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
import java.util.concurrent.ConcurrentHashMap;
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
    await().atMost(Duration.ofSeconds(60)).until(() -> chats.total() >= SUBSCRIPTIONS / 5);
    a.close(); // waits for the digests it is sending; the rest is left to node B
    nodes.remove(a);
    int sentWhenAStopped = chats.total();

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

  /** Counts digests per chat and node; a send takes a few milliseconds, as a platform call does. */
  private static final class CountingChatAdapter {
    private final Map<ChatAddress, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();

    ChatAdapter of(String node) {
      AtomicInteger sent = byNode.computeIfAbsent(node, n -> new AtomicInteger());
      return (chat, reply) -> {
        try {
          Thread.sleep(
              10); // the platform's round trip, so the run lasts long enough to stop a node
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        counts.computeIfAbsent(chat, c -> new AtomicInteger()).incrementAndGet();
        sent.incrementAndGet();
      };
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
