package dev.briefing.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
  private final ConsoleRenderer renderer = new ConsoleRenderer();

  @Test
  void listsNumberedSourcesAfterTheAnswer() {
    Reply reply =
        new Reply(
            "\u201cWe will act,\u201d she said. Talks resume Monday.",
            List.of(
                new Citation("ab12", 4, "\u201cWe will act,\u201d she said."),
                new Citation("ab12", 9, "Talks resume Monday.")));

    assertThat(renderer.render(reply))
        .isEqualTo(
            "\u201cWe will act,\u201d she said. Talks resume Monday.\n\nSources:\n"
                + "1. article ab12, sentence 4: \u201cWe will act,\u201d she said.\n"
                + "2. article ab12, sentence 9: Talks resume Monday.");
  }

  @Test
  void rendersAReplyWithoutCitationsAsItsText() {
    assertThat(renderer.render(Reply.text("Bye."))).isEqualTo("Bye.");
  }
}
