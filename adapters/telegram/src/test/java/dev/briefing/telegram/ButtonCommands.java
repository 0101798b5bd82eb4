package dev.briefing.telegram;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.Reply;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A router of small commands with buttons, for the Telegram tests of presses and progress: {@code
 * /articles <page>} lists a page with ◀ ▶ buttons; {@code /pause <id>} pauses a subscription that
 * exists, else fails as gone; {@code /add <link>} shows "Fetching <host>…" and, when {@link
 * #holdAdds()} was called, waits for {@link #releaseAdds()} before answering. Records every command
 * that ran.
 */
public final class ButtonCommands {
  /** How many articles each page lists, and how many pages there are. */
  public static final int PAGES = 3;

  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
  private volatile CountDownLatch addGate = new CountDownLatch(0);

  /** The command lines that ran, in order. */
  public List<String> ran() {
    return List.copyOf(ran);
  }

  /** A subscription {@code /pause} can find. */
  public void subscribe(String id) {
    subscriptions.add(id);
  }

  /** {@code /add} shows its progress, then waits until {@link #releaseAdds()}. */
  public void holdAdds() {
    addGate = new CountDownLatch(1);
  }

  public void releaseAdds() {
    addGate.countDown();
  }

  public CommandRouter router() {
    return new CommandRouter(
        specs(),
        (m, text) -> {
          ran.add(text);
          return List.of(Reply.text("Answer."));
        });
  }

  /** The command table, for the bot's menu and mapper. */
  public List<CommandSpec> specs() {
    return List.of(
        new CommandSpec("articles", "List the articles", (m, args) -> page(args)),
        new CommandSpec(
            "pause",
            "Pause a digest",
            (m, args) -> {
              if (!subscriptions.remove(args)) {
                throw new BriefingException("No subscription " + args + " here.");
              }
              ran.add("/pause " + args);
              return List.of(Reply.text("Paused digest " + args + "."));
            }),
        new CommandSpec(
            "add",
            "Add an article",
            (m, args) -> {
              ran.add("/add " + args);
              m.progress().show("Fetching " + args.replaceFirst("^https?://", "") + "…");
              await();
              return List.of(Reply.text("Added “Harbour reopens” from " + args + "."));
            }),
        new CommandSpec(
            "summary",
            "Summarize an article",
            (m, args) -> {
              ran.add("/summary " + args);
              return List.of(Reply.text("Summary of " + args + "."));
            }));
  }

  private List<Reply> page(String args) {
    int page;
    try {
      page = args.isBlank() ? 1 : Integer.parseInt(args);
    } catch (NumberFormatException e) {
      throw new BriefingException("Pages are numbers.");
    }
    if (page < 1 || page > PAGES) {
      throw new BriefingException("There is no page " + page + ".");
    }
    ran.add("/articles " + page);
    List<Button> row = new java.util.ArrayList<>();
    if (page > 1) {
      row.add(new Button("◀", "/articles " + (page - 1)));
    }
    if (page < PAGES) {
      row.add(new Button("▶", "/articles " + (page + 1)));
    }
    return List.of(
        Reply.text("Articles, page " + page + " of " + PAGES + ".").withButtons(List.of(row)));
  }

  private void await() {
    try {
      if (!addGate.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released /add");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
