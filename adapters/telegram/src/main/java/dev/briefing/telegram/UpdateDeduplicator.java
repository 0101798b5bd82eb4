package dev.briefing.telegram;

/**
 * Port: remembers which updates were handled, so one Telegram delivers again is answered once.
 * Telegram repeats updates: long polling confirms a batch only with the next getUpdates, so a bot
 * stopped right after answering gets the batch again at its next start; a webhook update the bot
 * answered 503 comes back, possibly to another instance. Implementations are thread-safe; one
 * backed by the shared database makes it hold across restarts and instances.
 */
@FunctionalInterface
public interface UpdateDeduplicator {
  /** Records the update id; true the first time it is seen, false for every repeat. */
  boolean firstTime(int updateId);

  /** The last 10,000 update ids of this process: enough within one run, forgotten at a restart. */
  static UpdateDeduplicator inMemory() {
    BoundedSet<Integer> seen = new BoundedSet<>(10_000);
    return seen::add;
  }
}
