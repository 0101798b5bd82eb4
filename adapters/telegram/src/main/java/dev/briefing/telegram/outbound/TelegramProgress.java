package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.Progress;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A slow command's progress in a Telegram chat: the first {@link #show} posts a message, later ones
 * edit it, and the answer's first part edits it into the answer ({@link #claim()}). Each text is
 * queued like any message, so it keeps the chat's pacing and waits its turn behind the texts before
 * it. Made by {@link TelegramChatAdapter#progress}.
 */
public final class TelegramProgress implements Progress {
  /** Queues one progress text into the progress message's slot. */
  @FunctionalInterface
  interface Shows {
    void show(String text, MessageSlot slot);
  }

  private final Shows shows;
  private final MessageSlot slot = MessageSlot.empty();
  private final AtomicBoolean shown = new AtomicBoolean();
  private final AtomicBoolean claimed = new AtomicBoolean();

  TelegramProgress(Shows shows) {
    this.shows = shows;
  }

  /** Posts or edits the progress message; blank texts and texts after the answer are ignored. */
  @Override
  public void show(String text) {
    if (text == null || text.isBlank() || claimed.get()) {
      return;
    }
    shown.set(true);
    shows.show(text, slot);
  }

  /**
   * The progress message, for the answer's first part to edit: once, and only when something was
   * shown; empty otherwise, so the answer is sent as a new message.
   */
  public Optional<MessageSlot> claim() {
    return shown.get() && claimed.compareAndSet(false, true) ? Optional.of(slot) : Optional.empty();
  }
}
