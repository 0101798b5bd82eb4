package dev.briefing.telegram;

import dev.briefing.core.chat.LogIds;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * Named daemon threads, so the adapter never keeps the JVM alive on its own. Each carries the MDC
 * key {@code platform=telegram} from its start, so even the lines TelegramBots logs on them (long
 * polling errors) say which platform they are about.
 */
final class Threads {
  private Threads() {}

  static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Runnable withPlatform =
          () -> {
            MDC.put(LogIds.PLATFORM, TelegramMapper.PLATFORM);
            task.run();
          };
      Thread thread = new Thread(withPlatform, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
