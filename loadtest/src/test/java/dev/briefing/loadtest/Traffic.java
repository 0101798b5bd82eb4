package dev.briefing.loadtest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sustained chat traffic: questions from {@link SampleBot#QUESTIONS} sent at a steady rate from a
 * pool of chats (chat {@code i % chats} asks question {@code i % questions}), each reply matched to
 * its question (a chat's replies come in the order it asked) and compared with the answer the
 * router gives alone. Latency is from just before the question is posted to the reply reaching the
 * fake platform.
 */
final class Traffic {
  /** Posts question {@code text} from chat {@code chat}; true when the bot accepted it. */
  interface Sender {
    boolean send(String chat, String text);
  }

  private record Asked(int question, long nanos) {}

  private final List<String> expected;
  private final Map<String, Queue<Asked>> pending = new ConcurrentHashMap<>();
  private final Latencies latencies;
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicLong lastReply = new AtomicLong();
  private final List<String> problems = new CopyOnWriteArrayList<>();

  /**
   * @param expected the one message each question of {@link SampleBot#QUESTIONS} is answered
   */
  Traffic(List<String> expected, int capacity) {
    this.expected = expected;
    this.latencies = new Latencies(capacity);
  }

  /** To be told of every message the fake platform takes. */
  void delivered(Delivered d) {
    Queue<Asked> queue = pending.get(d.chat());
    Asked asked = queue == null ? null : queue.poll();
    if (asked == null) {
      note("a reply nobody waited for in " + d.chat());
      return;
    }
    if (!d.text().equals(expected.get(asked.question()))) {
      note("a wrong answer to question " + asked.question() + " in " + d.chat());
    }
    latencies.add(d.nanoTime() - asked.nanos());
    lastReply.accumulateAndGet(d.nanoTime(), Math::max);
    answered.incrementAndGet();
  }

  /**
   * Sends {@code count} questions at {@code perSecond} from {@code chats} chats, with {@code
   * senders} posting in parallel, and waits for every answer; the seconds from the first question
   * to the last answer.
   */
  double run(int count, double perSecond, int chats, int senders, String prefix, Sender sender)
      throws InterruptedException {
    int before = answered.get();
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    long start = System.nanoTime();
    long interval = (long) (1e9 / perSecond);
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait); // pacing the sender, not waiting for a result
      }
      String chat = prefix + (i % chats);
      int question = i % expected.size();
      pool.execute(
          () -> {
            Queue<Asked> queue = pending.computeIfAbsent(chat, c -> new ConcurrentLinkedQueue<>());
            // A chat's questions are posted in order: the next one waits for this post.
            synchronized (queue) {
              queue.add(new Asked(question, System.nanoTime()));
              if (!sender.send(chat, SampleBot.QUESTIONS.get(question))) {
                refused.incrementAndGet();
                note("question " + question + " in " + chat + " refused");
              }
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    await()
        .atMost(Duration.ofMinutes(10))
        .until(() -> answered.get() - before + refused.get() >= count);
    SecuritySuite.settle(answered::get);
    return (lastReply.get() - start) / 1e9;
  }

  int answered() {
    return answered.get();
  }

  Latencies latencies() {
    return latencies;
  }

  List<String> problems() {
    return problems;
  }

  private void note(String problem) {
    if (problems.size() < 20) {
      problems.add(problem);
    }
  }
}
