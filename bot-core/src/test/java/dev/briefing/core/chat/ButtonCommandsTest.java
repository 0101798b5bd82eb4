package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.ingest.LanguageCheck;
import dev.briefing.core.store.InMemoryChatSettingsRepository;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.FakeBriefingEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The buttons under article replies, and the commands they run pressed at any time by anyone. */
class ButtonCommandsTest {
  private static final ChatAddress ALICE = ChatAddress.of("telegram", "1");
  private static final ChatAddress BOB = ChatAddress.of("telegram", "2");

  private final FakeBriefingEngine engine = new FakeBriefingEngine();
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
  private final InMemoryChatSettingsRepository settings = new InMemoryChatSettingsRepository();
  private final List<String> fetched = new ArrayList<>();
  private final CommandRouter router =
      new BriefingCommands(
              engine,
              new FakeArticleReader(),
              articles,
              settings,
              chat -> Set.of(),
              Optional.of(
                  url -> {
                    fetched.add(url.toString());
                    return new FakeArticleReader()
                        .parse("page.html", "Page from " + url.getHost() + "\nIt says so.");
                  }),
              LanguageCheck.NONE,
              2,
              List.of())
          .router();

  @Test
  void articlesCarryASummaryAndAnAskButtonPerArticleByIdAndNoPagingOnOnePage() {
    String budget = add(ALICE, "Budget passes\nThe council voted.\nThe mayor signed.");
    String storm = add(ALICE, "Storm hits coast\nWinds reached 120 km/h.");

    Reply reply = route(ALICE, "/articles");

    assertThat(reply.buttons())
        .containsExactly(
            List.of(
                new Button("1 · Summary", "/summary " + storm),
                new Button("1 · Ask about this", "/use " + storm)),
            List.of(
                new Button("2 · Summary", "/summary " + budget),
                new Button("2 · Ask about this", "/use " + budget)));
    assertThat(reply.text()).startsWith("Articles, newest first:\n1. Storm hits coast (id ");
    assertEveryActionFits(reply);
  }

  @Test
  void pagingButtonsOnlyWhereThereIsAPageToGoTo() {
    for (int i = 1; i <= 25; i++) {
      add(ALICE, "Story number " + i + "\nSomething happened " + i + " times.");
    }

    List<Button> first = lastRow(route(ALICE, "/articles"));
    List<Button> middle = lastRow(route(ALICE, "/articles 2"));
    List<Button> last = lastRow(route(ALICE, "/articles 3"));

    assertThat(first).extracting(Button::action).containsExactly("/articles 2");
    assertThat(middle).extracting(Button::action).containsExactly("/articles 1", "/articles 3");
    assertThat(last).extracting(Button::action).containsExactly("/articles 2");
    assertThat(first.get(0).label()).contains("▶");
    assertThat(last.get(0).label()).contains("◀");
    assertThat(route(ALICE, "/articles 3").buttons()).hasSize(5 + 1);
    assertEveryActionFits(route(ALICE, "/articles 2"));
  }

  @Test
  void aPressedSummaryButtonSummarizesThatArticleNotTheNewest() {
    String budget = add(ALICE, "Budget passes\nThe council voted.\nThe mayor signed.\nIt is law.");
    add(ALICE, "Storm hits coast\nWinds reached 120 km/h.");

    Reply reply = click(ALICE, "/summary " + budget).orElseThrow().get(0);

    assertThat(reply.text()).startsWith("Budget passes The council voted.");
    assertThat(reply.citations()).hasSize(2).allMatch(c -> c.article().equals(budget));
    assertThat(reply.articleLabel(reply.citations().get(0))).isEqualTo("Budget passes");
  }

  @Test
  void summaryWithANumberStillMeansSentencesOfTheNewest() {
    add(ALICE, "Budget passes\nThe council voted.\nThe mayor signed.\nIt is law.");
    add(ALICE, "Storm hits coast\nWinds reached 120 km/h.\nRoofs flew.\nSchools shut.");

    Reply reply = route(ALICE, "/summary 3");

    assertThat(reply.text()).startsWith("Storm hits coast");
    assertThat(reply.citations()).hasSize(3);
  }

  @Test
  void summaryOfAnIdTheChatDoesNotSeeIsRefusedAndItsButtonExpires() {
    String alices = add(ALICE, "Budget passes\nThe council voted.");
    add(BOB, "Storm hits coast\nWinds reached 120 km/h.");

    assertThat(route(BOB, "/summary " + alices).text())
        .startsWith("I have no article \"" + alices + "\" here.");
    assertThat(route(BOB, "/summary " + alices).citations()).isEmpty();
    assertThat(click(BOB, "/summary " + alices)).isEmpty();
    assertThat(click(BOB, "/summary no-such-article-abc123")).isEmpty();
    assertThat(click(ALICE, "/summary " + alices)).isPresent();
  }

  @Test
  void aStaleOrForeignAskButtonExpiresAndKeepsTheFocus() {
    String alices = add(ALICE, "Budget passes\nThe council voted.");
    String bobs = add(BOB, "Storm hits coast\nWinds reached 120 km/h.");
    assertThat(click(BOB, "/use " + bobs)).isPresent();

    assertThat(click(BOB, "/use " + alices)).isEmpty();
    assertThat(click(BOB, "/use gone-article-abc123")).isEmpty();
    assertThat(click(BOB, "/use 7")).isEmpty();

    assertThat(settings.findFocus(BOB)).contains(bobs);
    assertThat(route(ALICE, "/use " + alices).text()).startsWith("Questions now go to");
  }

  @Test
  void aPageThatIsGoneExpires() {
    add(ALICE, "Budget passes\nThe council voted.");

    assertThat(click(ALICE, "/articles 99")).isEmpty();
    assertThat(click(ALICE, "/articles 0")).isEmpty();
    assertThat(click(BOB, "/articles 2")).isEmpty(); // Bob sees no articles at all
    assertThat(click(ALICE, "/articles 1")).isPresent();
  }

  @Test
  void aButtonWhoseActionWouldNotFitIsLeftOut() {
    String longest = "x".repeat(Button.MAX_ACTION_BYTES - "/summary ".length());
    String tooLongForSummary = longest + "x";

    assertThat(ArticleButtons.row(1, longest)).hasSize(2);
    assertThat(ArticleButtons.row(1, tooLongForSummary))
        .extracting(Button::action)
        .containsExactly("/use " + tooLongForSummary);
    assertThat(ArticleButtons.row(1, "x".repeat(Button.MAX_ACTION_BYTES))).isEmpty();
  }

  @Test
  void addOfALinkShowsWhichSiteItFetchesFirst() {
    List<String> progress = new ArrayList<>();

    Reply reply =
        router
            .route(
                new IncomingMessage(ALICE, "u", "/add https://www.news.example/story")
                    .withProgress(text -> progress.add(text + " @" + fetched.size())))
            .get(0);

    assertThat(progress).containsExactly("Fetching news.example… @0");
    assertThat(reply.text()).startsWith("Added \"Page from www.news.example\"");
  }

  @Test
  void addOfPastedTextOrAFileShowsNoProgress() {
    List<String> progress = new ArrayList<>();
    IncomingMessage pasted =
        new IncomingMessage(ALICE, "u", "/add Harbour reopens\nShips sailed.")
            .withProgress(progress::add);
    IncomingMessage file =
        new IncomingMessage(
                ALICE,
                "u",
                "/add",
                Optional.of(
                    new Attachment(
                        "ferry.txt",
                        "Ferry fares rise\nFares rose.".getBytes(StandardCharsets.UTF_8))))
            .withProgress(progress::add);

    assertThat(router.route(pasted).get(0).text()).startsWith("Added \"Harbour reopens\"");
    assertThat(router.route(file).get(0).text()).startsWith("Added \"Ferry fares rise\"");
    assertThat(progress).isEmpty();
  }

  @Test
  void aFailedFetchIsStillAnsweredWithItsReason() {
    CommandRouter failing =
        new BriefingCommands(
                engine,
                new FakeArticleReader(),
                articles,
                settings,
                chat -> Set.of(),
                Optional.of(
                    url -> {
                      throw new dev.briefing.core.BriefingException(url + " answered HTTP 404");
                    }),
                LanguageCheck.NONE,
                2,
                List.of())
            .router();
    List<String> progress = new ArrayList<>();

    List<Reply> replies =
        failing.route(
            new IncomingMessage(ALICE, "u", "/add https://news.example/gone")
                .withProgress(progress::add));

    assertThat(progress).containsExactly("Fetching news.example…");
    assertThat(replies)
        .extracting(Reply::text)
        .containsExactly("https://news.example/gone answered HTTP 404");
    assertThat(articles.findAll()).isEmpty();
  }

  private String add(ChatAddress chat, String text) {
    assertThat(route(chat, "/add " + text).text()).startsWith("Added");
    return articles.findAll().get(0).article().id();
  }

  private Reply route(ChatAddress chat, String text) {
    List<Reply> replies = router.route(new IncomingMessage(chat, "u", text));
    assertThat(replies).hasSize(1);
    return replies.get(0);
  }

  private Optional<List<Reply>> click(ChatAddress chat, String action) {
    return router.click(new IncomingMessage(chat, "u", action));
  }

  private static List<Button> lastRow(Reply reply) {
    return reply.buttons().get(reply.buttons().size() - 1);
  }

  private static void assertEveryActionFits(Reply reply) {
    reply.buttons().stream()
        .flatMap(List::stream)
        .forEach(
            b ->
                assertThat(b.action().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(Button.MAX_ACTION_BYTES));
  }
}
