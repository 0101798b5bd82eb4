package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.model.Citation;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingCommandsTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");

  @TempDir Path dir;

  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
  private final CommandRouter router =
      new BriefingCommands(engine, new FakeArticleReader(), articles, 2).router();

  @Test
  void addReadsAnalyzesAndStoresTheArticle() throws IOException {
    Path file = write("tram.txt", "Tram line opens\nThe mayor cut the ribbon.\nRiders cheered.");

    String reply = text("/add " + file);

    assertThat(reply)
        .startsWith("Added \"Tram line opens\" (id a")
        .endsWith("3 sentences). Ask me about it.");
    assertThat(articles.findAll())
        .singleElement()
        .satisfies(a -> assertThat(a.article().title()).isEqualTo("Tram line opens"));
  }

  @Test
  void addWithoutPathExplainsTheUsage() {
    assertThat(text("/add")).startsWith("Which file? Use /add <path>");
  }

  @Test
  void addOfMissingFileSaysSoAndStoresNothing() {
    assertThat(text("/add " + dir.resolve("missing.txt"))).startsWith("no such file: ");
    assertThat(articles.findAll()).isEmpty();
  }

  @Test
  void listsArticlesNewestFirstWithNumbersAndIds() throws IOException {
    text("/add " + write("a.txt", "Budget passes\nThe council voted."));
    text("/add " + write("b.txt", "Storm hits coast\nWinds reached 120 km/h."));
    String idA = articles.findAll().get(1).article().id();
    String idB = articles.findAll().get(0).article().id();

    assertThat(text("/articles"))
        .isEqualTo(
            "Articles, newest first:\n1. Storm hits coast (id "
                + idB
                + ")\n2. Budget passes (id "
                + idA
                + ")");
  }

  @Test
  void answersFreeTextQuestionsWithCitations() throws IOException {
    text("/add " + write("a.txt", "Budget passes\nThe council voted for the budget."));

    Reply reply = replies("Who voted?").get(0);

    assertThat(reply.text()).isEqualTo("The council voted for the budget.");
    assertThat(reply.citations()).extracting(Citation::sentence).containsExactly(2);
    assertThat(replies("/ask   Who voted?")).containsExactly(reply);
    assertThat(engine.questions()).containsExactly("Who voted?", "Who voted?");
  }

  @Test
  void questionsWithoutArticlesExplainHowToAddOne() {
    assertThat(text("What happened?"))
        .isEqualTo("I have no articles yet. Add one with /add <path>.");
    assertThat(text("/summary")).isEqualTo("I have no articles yet. Add one with /add <path>.");
    assertThat(text("/articles")).isEqualTo("I have no articles yet. Add one with /add <path>.");
  }

  @Test
  void askWithoutAQuestionGivesAnExample() {
    assertThat(text("/ask")).startsWith("What would you like to know?");
  }

  @Test
  void summaryUsesTheConfiguredLengthOrTheGivenOne() throws IOException {
    text("/add " + write("a.txt", "Title\nOne.\nTwo.\nThree.\nFour."));

    assertThat(replies("/summary").get(0).citations()).hasSize(2);
    assertThat(replies("/summary 4").get(0).citations()).hasSize(4);
  }

  @Test
  void summaryRejectsLengthsOutsideOneToTen() throws IOException {
    text("/add " + write("a.txt", "Title\nOne."));

    for (String bad : List.of("0", "11", "-1", "three", "2.5")) {
      assertThat(text("/summary " + bad))
          .isEqualTo(
              "A summary has 1 to 10 sentences; try /summary 3 (you wrote \"" + bad + "\").");
    }
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(text("/help"))
        .contains("/start — ", "/help — ", "/ask — ", "/summary — ", "/articles — ", "/add — ")
        .contains("default 2");
  }

  @Test
  void startGreetsAndListsTheArticles() throws IOException {
    text("/add " + write("a.txt", "Budget passes\nThe council voted."));

    assertThat(text("/start"))
        .startsWith("Hello!")
        .contains("1. Budget passes (id ")
        .contains("/help — ");
  }

  @Test
  void engineFailuresReachTheUserAsMessages() throws IOException {
    text("/add " + write("a.txt", "Budget passes\nThe council voted."));

    assertThat(text("fail")).isEqualTo("The fake engine refuses.");
    assertThat(text("crash")).isEqualTo(CommandRouter.GENERIC_ERROR);
  }

  @Test
  void rejectsADefaultSummaryLengthOutsideOneToTen() {
    assertThatThrownBy(() -> new BriefingCommands(engine, new FakeArticleReader(), articles, 11))
        .hasMessageContaining("summarySentences must be from 1 to 10, was 11");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private List<Reply> replies(String text) {
    return router.route(new IncomingMessage(CHAT, "user-1", text));
  }

  private String text(String text) {
    List<Reply> replies = replies(text);
    assertThat(replies).hasSize(1);
    return replies.get(0).text();
  }
}
