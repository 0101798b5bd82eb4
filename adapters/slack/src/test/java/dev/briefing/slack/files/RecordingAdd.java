package dev.briefing.slack.files;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A router whose {@code /add} records the messages it gets and, like the core's, refuses files it
 * does not read and confirms the others with their first line.
 */
final class RecordingAdd {
  private final List<IncomingMessage> added = new CopyOnWriteArrayList<>();

  CommandRouter router() {
    return new CommandRouter(
        List.of(new CommandSpec("add", "Add an article", (message, args) -> add(message))),
        (message, text) -> List.of(Reply.text("A question: " + text)));
  }

  List<IncomingMessage> added() {
    return List.copyOf(added);
  }

  /** The text of the file the n-th recorded message carried. */
  String content(int n) {
    return new String(added.get(n).attachment().orElseThrow().content(), StandardCharsets.UTF_8);
  }

  private List<Reply> add(IncomingMessage message) {
    added.add(message);
    Attachment file = message.attachment().orElseThrow(() -> new BriefingException("no file"));
    if (!file.readable()) {
      throw new BriefingException(
          "I read .txt, .md and .html files; " + file.fileName() + " is none of them.");
    }
    String text = new String(file.content(), StandardCharsets.UTF_8);
    return List.of(Reply.text("Added \"" + text.lines().findFirst().orElse("") + "\"."));
  }
}
