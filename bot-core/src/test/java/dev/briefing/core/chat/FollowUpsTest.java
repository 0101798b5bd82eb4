package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.FollowUps.FollowUp;
import dev.briefing.core.model.Citation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowUpsTest {
  private static final Instant NOW = Instant.parse("2024-03-01T10:00:00Z");
  private static final Citation SHOWN = new Citation("story", 4, "She spoke.");

  private static Conversation about(String question, String person, String organisation) {
    return new Conversation(
        question,
        Optional.ofNullable(person),
        Optional.ofNullable(organisation),
        List.of("story"),
        List.of(SHOWN),
        NOW.minus(Duration.ofMinutes(2)));
  }

  private static final Conversation MARA = about("What did Mara Quell say?", "Mara Quell", null);
  private static final Conversation GUILD =
      about("What did the Harbour Guild announce?", null, "the Harbour Guild");
  private static final Conversation BOTH =
      about("What did Quell say about the Guild?", "Quell", "the Guild");

  private static FollowUp resolve(String text, Conversation conversation) {
    return FollowUps.resolve(text, Optional.of(conversation), NOW);
  }

  private static String question(String text, Conversation conversation) {
    FollowUp followUp = resolve(text, conversation);
    assertThat(followUp.more()).as("more for %s", text).isFalse();
    return followUp.question();
  }

  @Test
  void replacesPersonalPronounsWithTheLastPerson() {
    assertThat(question("Who is he?", MARA)).isEqualTo("Who is Mara Quell?");
    assertThat(question("Who is she?", MARA)).isEqualTo("Who is Mara Quell?");
    assertThat(question("Why did they hire him?", BOTH)).isEqualTo("Why did the Guild hire Quell?");
    assertThat(question("He said what?", MARA)).isEqualTo("Mara Quell said what?");
  }

  @Test
  void makesPossessivePronounsPossessive() {
    assertThat(question("What are his plans?", MARA)).isEqualTo("What are Mara Quell's plans?");
    assertThat(question("What did her union say?", MARA))
        .isEqualTo("What did Mara Quell's union say?");
    assertThat(question("Who hired her?", MARA)).isEqualTo("Who hired Mara Quell?");
    assertThat(question("What is their budget?", GUILD))
        .isEqualTo("What is the Harbour Guild's budget?");
  }

  @Test
  void theyAndItNameTheLastOrganisationAndTheyThePersonWithoutOne() {
    assertThat(question("What did they say?", GUILD)).isEqualTo("What did the Harbour Guild say?");
    assertThat(question("What did they say?", MARA)).isEqualTo("What did Mara Quell say?");
    assertThat(question("Who runs it?", GUILD)).isEqualTo("Who runs the Harbour Guild?");
    assertThat(question("Who runs it?", MARA)).isEqualTo("Who runs it?");
  }

  @Test
  void leavesItAloneWhereItIsTheArticle() {
    assertThat(question("What is it about?", GUILD)).isEqualTo("What is it about?");
    assertThat(question("Sum it up", GUILD)).isEqualTo("Sum it up");
  }

  @Test
  void leavesAQuestionThatNamesItsOwnSubject() {
    assertThat(question("What did Ivo Brandt say about his plans?", MARA))
        .isEqualTo("What did Ivo Brandt say about his plans?");
    assertThat(question("Who is Ivo Brandt?", MARA)).isEqualTo("Who is Ivo Brandt?");
  }

  @Test
  void aNameAfterThePronounDoesNotStopIt() {
    assertThat(question("What did he say about the Senate?", MARA))
        .isEqualTo("What did Mara Quell say about the Senate?");
  }

  @Test
  void andXAsksTheLastQuestionAboutX() {
    assertThat(question("And Ivo Brandt?", MARA)).isEqualTo("What did Ivo Brandt say?");
    assertThat(question("What about the treasurer?", MARA))
        .isEqualTo("What did the treasurer say?");
    assertThat(question("How about the Port Authority?", GUILD))
        .isEqualTo("What did the Port Authority announce?");
  }

  @Test
  void aBareQuestionWordAsksItOfTheLastQuestion() {
    Conversation troops = about("How many ferries did the Guild order?", null, "the Guild");
    assertThat(question("Why?", troops)).isEqualTo("Why did the Guild order ferries?");
    assertThat(question("When?", troops)).isEqualTo("When did the Guild order ferries?");
    assertThat(question("Where?", MARA)).isEqualTo("Where did Mara Quell say?");
    assertThat(question("And how much?", troops))
        .isEqualTo("How much did the Guild order ferries?");
    Conversation yesNo = about("Did the Guild order ferries?", null, "the Guild");
    assertThat(question("Why?", yesNo)).isEqualTo("Why did the Guild order ferries?");
    assertThat(question("How?", MARA)).isEqualTo("How did Mara Quell say?");
  }

  @Test
  void whoElseAsksTheLastQuestionForMore() {
    Conversation who = about("Who criticized the plan?", "Mara Quell", null);
    assertThat(resolve("Who else?", who)).isEqualTo(new FollowUp("Who criticized the plan?", true));
  }

  @Test
  void whatElseAsksTheSameQuestionForMore() {
    assertThat(resolve("What else?", MARA))
        .isEqualTo(new FollowUp("What did Mara Quell say?", true));
    assertThat(resolve("Anything else?", MARA)).isEqualTo(new FollowUp(MARA.question(), true));
    assertThat(resolve("Tell me more", MARA)).isEqualTo(new FollowUp(MARA.question(), true));
    assertThat(resolve("What else did she say?", MARA))
        .isEqualTo(new FollowUp("What did Mara Quell say?", true));
    assertThat(FollowUps.more(MARA)).isEqualTo(new FollowUp(MARA.question(), true));
  }

  @Test
  void withoutAConversationTheQuestionIsAsAsked() {
    assertThat(FollowUps.resolve("Who is he?", Optional.empty(), NOW))
        .isEqualTo(new FollowUp("Who is he?", false));
    assertThat(FollowUps.resolve("What else?", Optional.empty(), NOW))
        .isEqualTo(new FollowUp("What else?", false));
  }

  @Test
  void anExpiredConversationIsIgnored() {
    Conversation old =
        new Conversation(
            MARA.question(),
            MARA.person(),
            MARA.organisation(),
            MARA.articles(),
            MARA.cited(),
            NOW.minus(ConversationStore.TTL));
    assertThat(FollowUps.resolve("Who is he?", Optional.of(old), NOW))
        .isEqualTo(new FollowUp("Who is he?", false));
  }

  @Test
  void aPronounWithoutItsKindOfSubjectStays() {
    assertThat(question("Who is he?", GUILD)).isEqualTo("Who is he?");
  }
}
