package dev.briefing.core.outbound;

import dev.briefing.core.chat.LogIds;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.MDC;

/**
 * Named daemon threads, so an adapter never keeps the JVM alive on its own. Each carries the MDC
 * key {@code platform} from its start, so even the lines a platform library logs on them (long
 * polling errors) say which platform they are about.
 */
public final class DaemonThreads {
  private DaemonThreads() {}

  /** Threads named {@code name-1}, {@code name-2}, ... tagged with {@code platform}. */
  public static ThreadFactory named(String name, String platform) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Runnable withPlatform =
          () -> {
            MDC.put(LogIds.PLATFORM, platform);
            task.run();
          };
      Thread thread = new Thread(withPlatform, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
