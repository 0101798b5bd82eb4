package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.model.Citation;
import dev.briefing.core.store.InMemoryChatSettingsRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingCommandsTest {
  // The local console: the one platform that may name files on the server.
  private static final ChatAddress CHAT = ChatAddress.of("console", "local");
  private static final ChatAddress ALICE = ChatAddress.of("telegram", "1");
  private static final ChatAddress BOB = ChatAddress.of("telegram", "2");
  private static final String NO_ARTICLES =
      "I have no articles yet. Add one with /add followed by a link or the article's text.";

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
    assertThat(text("/add")).startsWith("What should I add? /add https://… for a page");
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
  void citationsNameTheirArticleByHeadline() throws IOException {
    text("/add " + write("a.txt", "Budget passes\nThe council voted for the budget."));
    String id = articles.findAll().get(0).article().id();

    Reply reply = replies("Who voted?").get(0);

    assertThat(reply.articles()).containsOnlyKeys(id);
    assertThat(reply.articleLabel(reply.citations().get(0))).isEqualTo("Budget passes");
  }

  @Test
  void questionsWithoutArticlesExplainHowToAddOne() {
    assertThat(text("What happened?")).isEqualTo(NO_ARTICLES);
    assertThat(text("/summary")).isEqualTo(NO_ARTICLES);
    assertThat(text("/articles")).isEqualTo(NO_ARTICLES);
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

    for (String bad : List.of("0", "11", "-1", "2.5", "1,5")) {
      assertThat(text("/summary " + bad))
          .isEqualTo(
              "A summary has 1 to 10 sentences; try /summary 3 (you wrote \"" + bad + "\").");
    }
    assertThat(text("/summary three"))
        .isEqualTo(
            "I have no article \"three\" here. /summary takes an article id from /articles, or a"
                + " number of sentences from 1 to 10.");
  }

  @Test
  void helpListsEveryCommand() {
    assertThat(text("/help"))
        .contains("/start — ", "/help — ", "/ask — ", "/summary — ", "/articles — ", "/add — ")
        .contains("/use — ")
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

  @Test
  void pastedTextBecomesAnArticleOnlyThatChatSees() {
    assertThat(
            text(
                ALICE,
                "/add Harbour bridge reopens\nThe bridge reopened on Monday.\nTraffic flowed."))
        .startsWith("Added \"Harbour bridge reopens\"")
        .endsWith("3 sentences). Ask me about it.");

    assertThat(text(ALICE, "/articles")).contains("1. Harbour bridge reopens");
    assertThat(text(BOB, "/articles")).isEqualTo(NO_ARTICLES);
    assertThat(text(BOB, "When did the bridge reopen?")).isEqualTo(NO_ARTICLES);
  }

  @Test
  void articlesForEveryoneAreSeenByEveryChat() {
    articles.save(
        engine.analyze(
            new FakeArticleReader().parse("a.txt", "Budget passes\nThe council voted.")));

    assertThat(text(ALICE, "/articles")).contains("1. Budget passes");
    assertThat(text(BOB, "/articles")).contains("1. Budget passes");
  }

  @Test
  void onlyTheLocalConsoleMayNameAFileOnTheServer() throws IOException {
    Path secret = write("secret.txt", "Secret\nDo not read.");

    assertThat(text(ALICE, "/add " + secret)).startsWith("Send a link (/add https://…)");
    assertThat(articles.findAll()).isEmpty();
  }

  @Test
  void aLinkIsReadByTheFetcherAndAddedForThatChat() {
    CommandRouter withFetcher =
        new BriefingCommands(
                engine,
                new FakeArticleReader(),
                articles,
                new InMemoryChatSettingsRepository(),
                chat -> Set.of(),
                Optional.of(
                    url ->
                        new FakeArticleReader()
                            .parse("page.html", "Page from " + url.getHost() + "\nIt says so.")),
                article ->
                    article.title().contains("Seite") ? Optional.of("deu") : Optional.empty(),
                2,
                List.of())
            .router();

    String reply =
        withFetcher
            .route(new IncomingMessage(ALICE, "u", "/add https://news.example/a"))
            .get(0)
            .text();

    assertThat(reply).startsWith("Added \"Page from news.example\"").doesNotContain("Note:");
    assertThat(
            withFetcher
                .route(new IncomingMessage(ALICE, "u", "/add Seite eins\nDas ist ein Satz."))
                .get(0)
                .text())
        .contains("Note: it looks like it is not in English (language deu).");
    assertThat(text(ALICE, "/add https://news.example/a"))
        .isEqualTo("I can't fetch links here; paste the text.");
  }

  @Test
  void onlyAWordStartingWithHttpOrHttpsInAnyCaseIsALink() {
    assertThat(text(ALICE, "/add HTTPS://news.example/a"))
        .isEqualTo("I can't fetch links here; paste the text.");
    assertThat(text(ALICE, "/add https://"))
        .isEqualTo("That link is not a web address I can read: https://");
    assertThat(text(ALICE, "/add ftp://news.example/a")).startsWith("Send a link (/add https://…)");
    assertThat(text(ALICE, "/add xhttps://news.example/a"))
        .startsWith("Send a link (/add https://…)");
  }

  @Test
  void aFileSentWithAddBecomesAnArticleOfThatChat() {
    byte[] story = "Ferry fares rise\nFares rose by ten percent.".getBytes(StandardCharsets.UTF_8);

    String reply = send(ALICE, "/add", new Attachment("ferry.txt", story));

    assertThat(reply).startsWith("Added \"Ferry fares rise\"");
    assertThat(text(ALICE, "/articles")).contains("1. Ferry fares rise");
    assertThat(text(BOB, "/articles")).isEqualTo(NO_ARTICLES);
  }

  @Test
  void aFileOfAnotherKindIsRefusedAndNothingStored() {
    String reply = send(ALICE, "/add", new Attachment("scan.pdf", new byte[] {'%', 'P', 'D', 'F'}));

    assertThat(reply).isEqualTo("I read .txt, .md and .html files; scan.pdf is none of them.");
    assertThat(articles.findAll()).isEmpty();
  }

  @Test
  void anAnswerFromAnArticleNotInEnglishSaysOnlyEnglishIsAnalysed() {
    CommandRouter checked =
        new BriefingCommands(
                engine,
                new FakeArticleReader(),
                articles,
                new InMemoryChatSettingsRepository(),
                chat -> Set.of(),
                Optional.empty(),
                article ->
                    article.title().startsWith("Der") ? Optional.of("deu") : Optional.empty(),
                2,
                List.of())
            .router();
    checked.route(new IncomingMessage(ALICE, "u", "/add Der Haushalt\nDer Rat stimmte ab."));

    String cited = checked.route(new IncomingMessage(ALICE, "u", "Wer stimmte ab?")).get(0).text();
    String missed = checked.route(new IncomingMessage(ALICE, "u", "nothing")).get(0).text();

    assertThat(cited)
        .endsWith(
            "Note: \"Der Haushalt\" is not in English (language deu); I analyse English only, so"
                + " this answer may miss things.");
    assertThat(missed)
        .endsWith(
            "Note: One of your articles is not in English; I analyse English only, so I may have"
                + " missed what it says.");
  }

  @Test
  void useFocusesQuestionsOnOneArticleUntilUseAll() {
    text(ALICE, "/add Budget passes\nThe council voted for the budget.");
    text(ALICE, "/add Storm hits coast\nThe storm hit the coast on Sunday.");

    assertThat(text(ALICE, "/use 2"))
        .isEqualTo(
            "Questions now go to \"Budget passes\" only. /use all to ask about every article.");
    assertThat(text(ALICE, "/articles"))
        .contains("2. Budget passes (id ")
        .contains("← questions go here");
    assertThat(text(ALICE, "/summary")).contains("The council voted");
    assertThat(text(BOB, "/use 1")).isEqualTo("There is no article 1; /articles lists 0.");

    assertThat(text(ALICE, "/use all")).isEqualTo("Questions now go to all 2 articles.");
    assertThat(text(ALICE, "/summary")).contains("The storm hit the coast");
    assertThat(text(ALICE, "/use three"))
        .isEqualTo("I have no article \"three\" here; try /use 2 (its number in /articles).");
    assertThat(text(ALICE, "/use 0")).isEqualTo("\"0\" is not a number from 1; try /use 2.");
  }

  @Test
  void articlesArePagedTenAtATime() {
    for (int i = 1; i <= 12; i++) {
      text(ALICE, "/add Story number " + i + "\nSomething happened " + i + " times.");
    }

    assertThat(text(ALICE, "/articles"))
        .startsWith("Articles, newest first (page 1 of 2):\n1. Story number 12")
        .contains("10. Story number 3")
        .doesNotContain("11. ")
        .endsWith("More: /articles 2");
    assertThat(text(ALICE, "/articles 2")).contains("11. Story number 2", "12. Story number 1");
    assertThat(text(ALICE, "/articles 3"))
        .isEqualTo("There are 2 pages of articles; try /articles 1.");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private List<Reply> replies(String text) {
    return router.route(new IncomingMessage(CHAT, "user-1", text));
  }

  private String text(String text) {
    return text(CHAT, text);
  }

  private String send(ChatAddress chat, String text, Attachment file) {
    List<Reply> replies =
        router.route(new IncomingMessage(chat, "user-1", text, Optional.of(file)));
    assertThat(replies).hasSize(1);
    return replies.get(0).text();
  }

  private String text(ChatAddress chat, String text) {
    List<Reply> replies = router.route(new IncomingMessage(chat, "user-1", text));
    assertThat(replies).hasSize(1);
    return replies.get(0).text();
  }
}
