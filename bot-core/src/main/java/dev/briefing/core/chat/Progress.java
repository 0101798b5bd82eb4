package dev.briefing.core.chat;

/**
 * Where a slow command tells the chat what it is doing ("Fetching example.com…") before its reply
 * is ready. A platform adapter posts the first text as a message and edits it on later calls; its
 * reply to the same message then replaces that text, so the chat sees one message turn from
 * progress into the result. Implementations are called from the thread handling the message.
 */
@FunctionalInterface
public interface Progress {
  /** Reports nowhere: the console, the command line and tests. */
  Progress NONE = text -> {};

  /** Shows {@code text} in place of any earlier progress text for the same message. */
  void show(String text);
}
