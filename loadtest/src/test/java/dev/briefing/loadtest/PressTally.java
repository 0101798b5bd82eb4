package dev.briefing.loadtest;

import dev.briefing.core.chat.CommandRouter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one run of hostile button presses saw: the endpoint's statuses, the presses it accepted,
 * every message the bot sent or edited in answer (with what the validators found wrong) and the
 * notices a press was answered with.
 */
final class PressTally {
  private static final int SAMPLES = 15;

  final Set<String> accepted = ConcurrentHashMap.newKeySet();
  final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
  final AtomicLong messages = new AtomicLong();
  final AtomicLong edits = new AtomicLong();
  final AtomicLong keyboards = new AtomicLong();
  final AtomicLong invalid = new AtomicLong();
  final AtomicLong generic = new AtomicLong();
  final List<String> samples = new CopyOnWriteArrayList<>();
  final Map<String, AtomicInteger> notices = new ConcurrentHashMap<>();
  long nanos;

  /** The endpoint answered {@code status} to the press {@code id}. */
  void status(int status, String id) {
    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    if (status == 200) {
      accepted.add(id);
    }
  }

  /** A message sent or edited in answer to a press, and what is wrong with it. */
  void message(String text, List<String> problems) {
    messages.incrementAndGet();
    if (text != null && text.contains(CommandRouter.GENERIC_ERROR)) {
      generic.incrementAndGet();
    }
    problems(problems, text);
  }

  /** Problems found in something other than a message's text: a keyboard, a view. */
  void problems(List<String> problems, String where) {
    if (problems.isEmpty()) {
      return;
    }
    invalid.incrementAndGet();
    if (samples.size() < SAMPLES) {
      String shown = where == null || where.length() <= 200 ? where : where.substring(0, 200) + "…";
      samples.add(problems + " in " + (shown == null ? "(none)" : Json.quote(shown)));
    }
  }

  /** A notice shown to the presser alone (Telegram's toast, a Slack ephemeral message). */
  void notice(String text) {
    String key = text == null || text.isEmpty() ? "(none: the action ran)" : text;
    if (key.contains(CommandRouter.GENERIC_ERROR)) {
      generic.incrementAndGet();
    }
    // Refusals name the command: one line per kind, not per command.
    String kind =
        key.startsWith("Only this chat's admins") ? "Only this chat's admins can use /…" : key;
    notices.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
  }

  int status(int status) {
    AtomicInteger n = statuses.get(status);
    return n == null ? 0 : n.get();
  }

  /** The notices and their counts, most frequent first, for the report. */
  String noticeSummary() {
    StringBuilder summary = new StringBuilder();
    notices.entrySet().stream()
        .sorted((a, b) -> b.getValue().get() - a.getValue().get())
        .forEach(
            e ->
                summary
                    .append(summary.length() == 0 ? "" : ", ")
                    .append(String.format("%,d", e.getValue().get()))
                    .append(" \"")
                    .append(e.getKey())
                    .append('"'));
    return summary.toString();
  }

  String statusSummary() {
    return new TreeMap<>(statuses).toString();
  }
}
