package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Citation;
import dev.briefing.testing.FakeArticleReader;
import dev.briefing.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Follow-up questions in a chat, answered by the real engine. */
class FollowUpQuestionsTest {
  private static final ChatAddress CHAT = ChatAddress.of("telegram", "42");
  private static final ChatAddress THREAD =
      new ChatAddress("slack", "C7", Optional.of("1710403200.000100"));
  private static final ChatAddress OTHER_THREAD =
      new ChatAddress("slack", "C7", Optional.of("1710403300.000200"));

  /** People and a body invented for this test, so no answer leans on the sample's habits. */
  private static final String HARBOUR =
      "Harbour Guild Rejects Ferry Cuts\n\n"
          + "The Harbour Guild voted on Tuesday to reject the city's plan to cut ferry services.\n\n"
          + "Mara Quell, the chair of the Harbour Guild, said the cuts would strand islanders."
          + " \"We will not let the last boat sail at six,\" Quell said.\n\n"
          + "Ivo Brandt, the city's transport councillor, defended the plan. \"The budget leaves us"
          + " no choice,\" Brandt told reporters.\n\n"
          + "Quell warned that the guild would strike in May if the council did not listen.\n\n"
          + "\"We have waited long enough,\" Quell added.\n\n"
          + "Brandt said the council would meet the guild next week.";

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-14T08:00:00Z"));
  private final InMemoryArticleRepository articles = new InMemoryArticleRepository();
  private final ConversationStore conversations = new InMemoryConversationStore(clock);
  private final CommandRouter router =
      new BriefingCommands(
              SharedCore.get().engine(),
              new FakeArticleReader(),
              articles,
              ChatFocus.inMemory(),
              chat -> Set.of(),
              Optional.empty(),
              dev.briefing.core.ingest.LanguageCheck.NONE,
              3,
              List.of(),
              conversations,
              clock)
          .router();

  private void load(String name, String text) {
    AnalyzedArticle analyzed = SharedCore.get().engine().analyze(SharedCore.article(name, text));
    articles.save(analyzed, ArticleOrigin.everyone());
  }

  private Reply ask(ChatAddress chat, String text) {
    List<Reply> replies = router.route(new IncomingMessage(chat, "u1", text));
    assertThat(replies).hasSize(1);
    return replies.get(0);
  }

  private static List<String> cited(Reply reply) {
    return reply.citations().stream().map(Citation::text).toList();
  }

  @Test
  void whoIsHeAfterWhatDidXSayCitesTheSentenceDescribingX() {
    load("harbour.txt", HARBOUR);

    ask(CHAT, "What did Brandt say?");
    Reply who = ask(CHAT, "Who is he?");

    assertThat(who.text()).contains("transport councillor");
    assertThat(cited(who))
        .anyMatch(s -> s.startsWith("Ivo Brandt, the city's transport councillor"));
  }

  @Test
  void sheAndHerFollowTheLastPersonAskedAbout() {
    load("harbour.txt", HARBOUR);

    ask(CHAT, "What did Quell say?");
    Reply who = ask(CHAT, "Who is she?");

    assertThat(cited(who)).anyMatch(s -> s.contains("the chair of the Harbour Guild"));
  }

  @Test
  void andXAsksTheLastQuestionAboutSomeoneElse() {
    load("harbour.txt", HARBOUR);

    Reply quell = ask(CHAT, "What did Quell say?");
    Reply brandt = ask(CHAT, "And Brandt?");

    assertThat(quell.text()).contains("last boat");
    assertThat(brandt.text()).contains("no choice").doesNotContain("last boat");
  }

  @Test
  void whatElseShowsSentencesNotShownBefore() {
    load("harbour.txt", HARBOUR);

    Reply first = ask(CHAT, "Who is Quell?");
    Reply more = ask(CHAT, "What else?");

    assertThat(more.citations()).isNotEmpty().doesNotContainAnyElementsOf(first.citations());
  }

  @Test
  void offersMoreOnlyWhileMoreSentencesAnswer() {
    load("harbour.txt", HARBOUR);

    Reply who = ask(CHAT, "Who is Quell?");
    assertThat(who.buttons()).hasSize(1);
    assertThat(who.buttons().get(0)).extracting(Button::label).containsExactly("More");

    List<Citation> shown = new java.util.ArrayList<>(who.citations());
    Reply reply = who;
    for (int i = 0; i < 10 && !reply.buttons().isEmpty(); i++) {
      clock.advance(Duration.ofSeconds(5));
      String action = reply.buttons().get(0).get(0).action();
      assertThat(action).startsWith("/more ");
      reply = router.click(new IncomingMessage(CHAT, "u1", action)).orElseThrow().get(0);
      assertThat(reply.citations()).doesNotContainAnyElementsOf(shown);
      shown.addAll(reply.citations());
    }
    assertThat(reply.buttons()).isEmpty();
    assertThat(ask(CHAT, "/more").text()).isEqualTo(FollowUpAnswers.NOTHING_MORE);
  }

  @Test
  void aMoreButtonUnderAnEarlierAnswerExpiresOnceAnotherQuestionWasAsked() {
    load("harbour.txt", HARBOUR);
    Reply who = ask(CHAT, "Who is Quell?");
    String earlierMore = who.buttons().get(0).get(0).action();

    clock.advance(Duration.ofSeconds(30));
    ask(CHAT, "What did Brandt say?");

    assertThat(router.click(new IncomingMessage(CHAT, "u1", earlierMore))).isEmpty();
  }

  @Test
  void moreWithoutARecentQuestionExpires() {
    load("harbour.txt", HARBOUR);

    assertThat(router.click(new IncomingMessage(CHAT, "u1", "/more"))).isEmpty();
    assertThat(ask(CHAT, "/more").text()).isEqualTo(FollowUpAnswers.ASK_FIRST);

    ask(CHAT, "What did Quell say?");
    clock.advance(ConversationStore.TTL.plus(Duration.ofSeconds(1)));
    assertThat(router.click(new IncomingMessage(CHAT, "u1", "/more"))).isEmpty();
  }

  @Test
  void eachThreadFollowsUpOnItsOwnQuestion() {
    load("harbour.txt", HARBOUR);

    ask(THREAD, "What did Brandt say?");
    ask(OTHER_THREAD, "What did Quell say?");

    assertThat(cited(ask(THREAD, "Who is he?")))
        .anyMatch(s -> s.startsWith("Ivo Brandt, the city's transport councillor"));
    assertThat(conversations.find(OTHER_THREAD).orElseThrow().person()).contains("Quell");
  }

  @Test
  void anAnswerThatFoundNothingKeepsTheSubject() {
    load("harbour.txt", HARBOUR);

    ask(CHAT, "What did Brandt say?");
    Reply absent = ask(CHAT, "What did Olaf Nemo say?");
    Reply who = ask(CHAT, "Who is he?");

    assertThat(absent.citations()).isEmpty();
    assertThat(cited(who))
        .anyMatch(s -> s.startsWith("Ivo Brandt, the city's transport councillor"));
  }

  @Test
  void anExpiredConversationLeavesTheQuestionAsAsked() {
    load("harbour.txt", HARBOUR);

    ask(CHAT, "What did Brandt say?");
    clock.advance(ConversationStore.TTL);
    Reply who = ask(CHAT, "Who is he?");

    assertThat(cited(who))
        .noneMatch(s -> s.startsWith("Ivo Brandt, the city's transport councillor"));
  }

  @Test
  void followsUpOnTheSampleArticle() throws IOException {
    load("nato-russia.txt", Files.readString(Path.of("../config/articles/nato-russia.txt")));

    Reply said = ask(CHAT, "What did Lavrov say?");
    Reply who = ask(CHAT, "Who is he?");
    Reply putin = ask(CHAT, "And Putin?");

    assertThat(said.text()).contains("no war");
    assertThat(who.text()).contains("Foreign Minister");
    assertThat(cited(who)).anyMatch(s -> s.contains("Russian Foreign Minister Sergey Lavrov"));
    assertThat(putin.text()).contains("Putin").doesNotContain("no war");
  }
}
