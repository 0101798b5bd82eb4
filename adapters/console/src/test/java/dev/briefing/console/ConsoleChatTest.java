package dev.briefing.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.InMemoryArticleRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatTest {
  @TempDir Path dir;

  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final FakeArticleReader reader = new FakeArticleReader();
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository();

  @Test
  void answersQuestionsWithSourcesUntilTheInputEnds() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Budget passes\nThe council voted for it.");

    String output = chat("/add " + file + "\n\nWho voted?\n/articles\n", "");

    assertThat(output).startsWith("Hello!").contains("Type /quit (or end the input) to leave.");
    assertThat(output).contains("Added \"Budget passes\"");
    assertThat(output)
        .contains("The council voted for it.\n\nSources:\n1. article a")
        .contains(", sentence 2: The council voted for it.\n");
    assertThat(output).contains("Articles, newest first:\n1. Budget passes");
    assertThat(engine.questions()).containsExactly("Who voted?");
  }

  @Test
  void stopsAtQuitAndIgnoresTheRest() {
    String output = chat("/help\n/quit\nWho voted?\n", "");

    assertThat(output).contains("/summary — ").endsWith("Bye.\n");
    assertThat(engine.questions()).isEmpty();
  }

  @Test
  void showsThePromptBeforeEachLine() {
    String output = chat("/help\n", "> ");

    assertThat(output).contains("\n> Type a question").endsWith("> ");
  }

  @Test
  void keepsChattingAfterAFailingCommand() throws IOException {
    articles.save(engine.analyze(reader.parse("a.txt", "Budget passes\nThe council voted.")));

    String output = chat("crash\n/summary 0\nWho voted?\n", "");

    assertThat(output).contains("Sorry, something went wrong");
    assertThat(output).contains("A summary has 1 to 10 sentences");
    assertThat(output).contains("The council voted.\n\nSources:");
  }

  private String chat(String input, String prompt) {
    StringWriter out = new StringWriter();
    var router = new BriefingCommands(engine, reader, articles, 3).router();
    new ConsoleChat(new StringReader(input), new PrintWriter(out), router, prompt).run();
    return out.toString();
  }
}
