package dev.briefing.slack.outbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Progress;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.util.List;

/**
 * {@link Progress} in a Slack channel: the first {@link #show} posts a message (chat.postMessage)
 * and keeps its {@code ts}; later ones update it (chat.update), and {@link #replaceWith} turns it
 * into the first message of the answer, so the channel sees one message change from "Fetching…"
 * into the result. A failed update is left to the caller, who posts the answer normally. Public for
 * the inbound listeners; not for the app.
 */
public final class SlackProgress implements Progress {
  private static final SlackRenderer RENDERER = new SlackRenderer();

  private final ChatAddress chat;
  private final LiveMessages live;
  private String ts; // the progress message, once posted

  SlackProgress(ChatAddress chat, LiveMessages live) {
    this.chat = chat;
    this.live = live;
  }

  @Override
  public synchronized void show(String text) {
    List<SlackMessage> rendered = RENDERER.render(Reply.text(text == null ? "" : text));
    if (rendered.isEmpty()) {
      return;
    }
    if (ts == null) {
      ts = live.post(chat, rendered.get(0)).orElse(null);
    } else {
      live.update(chat.chatId(), ts, rendered.get(0));
    }
  }

  /**
   * Puts {@code message} in place of the progress message; false when none was posted or Slack
   * would not update it (then post {@code message} as usual). Once replaced, later calls are false.
   */
  public synchronized boolean replaceWith(SlackMessage message) {
    if (ts == null) {
      return false;
    }
    String posted = ts;
    ts = null;
    return live.update(chat.chatId(), posted, message);
  }
}
