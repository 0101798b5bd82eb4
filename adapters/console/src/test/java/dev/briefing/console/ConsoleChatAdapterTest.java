package dev.briefing.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.OutgoingFile;
import dev.briefing.core.chat.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatAdapterTest {
  private static final ChatAddress CHAT = new ChatAddress("console", "local", Optional.empty());

  @TempDir Path dir;

  @Test
  void savesAFileSentWithAReplyAndPrintsItsPathWithoutOverwriting() throws IOException {
    StringWriter text = new StringWriter();
    ConsoleChatAdapter console =
        new ConsoleChatAdapter(new PrintWriter(text), new ConsoleRenderer(), dir);
    Reply reply =
        Reply.text("Your feeds.")
            .withFile(
                new OutgoingFile(
                    "feeds.opml", "text/x-opml", "<opml/>".getBytes(StandardCharsets.UTF_8)));

    console.send(CHAT, reply);
    console.send(CHAT, reply);

    Path first = dir.resolve("feeds.opml");
    Path second = dir.resolve("feeds-2.opml");
    assertThat(Files.readString(first)).isEqualTo("<opml/>");
    assertThat(Files.readString(second)).isEqualTo("<opml/>");
    assertThat(text.toString())
        .contains("Your feeds.\nSaved feeds.opml as " + first.toAbsolutePath().normalize() + ".")
        .contains("Saved feeds.opml as " + second.toAbsolutePath().normalize() + ".");
  }
}
