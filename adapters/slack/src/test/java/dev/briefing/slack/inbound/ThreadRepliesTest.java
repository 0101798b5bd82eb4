package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.event.MessageEvent;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.testing.FakeConversationStore;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.testing.MutableClock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreadRepliesTest {
  private static final ChatAddress THREAD =
      new ChatAddress("slack", "C0NEWS", Optional.of("1700000000.000100"));

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T08:00:00Z"));
  private final FakeConversationStore conversations = new FakeConversationStore(clock);
  private final SlackMapper mapper = new SlackMapper("U0BOT", Set.of("summary", "subscribe"));
  private final ThreadReplies threads =
      new ThreadReplies(mapper, conversations, InboundDedup.inMemory());

  @Test
  void aReplyInAThreadTheBotAnsweredIsForTheBot() {
    conversations.saveQuestion(THREAD, "What did the minister say about the harbour?");

    IncomingMessage message = threads.addressed(reply()).orElseThrow();

    assertThat(message.chat()).isEqualTo(THREAD);
    assertThat(message.userId()).isEqualTo("U0BOB");
    assertThat(message.text()).isEqualTo("and who paid for the harbour?");
  }

  @Test
  void aReplyInAThreadWithoutAConversationIsIgnored() {
    conversations.saveQuestion(
        new ChatAddress("slack", "C0NEWS", Optional.of("1700000999.000900")), "Who?");

    assertThat(threads.addressed(reply())).isEmpty();
  }

  @Test
  void aReplyAfterTheConversationExpiredIsIgnored() {
    conversations.saveQuestion(THREAD, "Who?");
    clock.advance(FakeConversationStore.TTL.plusSeconds(1));

    assertThat(threads.addressed(reply())).isEmpty();
  }

  @Test
  void theBotsOwnRepliesAndOtherBotsAreIgnored() {
    conversations.saveQuestion(THREAD, "Who?");
    MessageEvent own = reply();
    own.setUser("U0BOT");
    MessageEvent otherBot = reply();
    otherBot.setBotId("B0OTHER");

    assertThat(threads.addressed(own)).isEmpty();
    assertThat(threads.addressed(otherBot)).isEmpty();
  }

  @Test
  void aReplyMentioningTheBotIsLeftToTheMentionListener() {
    conversations.saveQuestion(THREAD, "Who?");
    MessageEvent mention = reply();
    mention.setText("<@U0BOT> and who paid?");

    assertThat(mapper.threadReply(mention)).isEmpty();
    assertThat(threads.addressed(mention)).isEmpty();
  }

  @Test
  void theThreadsParentTopLevelMessagesAndDirectMessagesAreNotThreadReplies() {
    MessageEvent parent = reply();
    parent.setTs(parent.getThreadTs());
    MessageEvent topLevel = reply();
    topLevel.setThreadTs(null);
    MessageEvent dm = reply();
    dm.setChannelType("im");

    assertThat(mapper.threadReply(parent)).isEmpty();
    assertThat(mapper.threadReply(topLevel)).isEmpty();
    assertThat(mapper.threadReply(dm)).isEmpty();
  }

  @Test
  void aReplyInAPrivateChannelCountsToo() {
    MessageEvent group = reply();
    group.setChannelType("group");
    group.setChannel("G0PRIVATE");

    assertThat(mapper.threadReply(group).orElseThrow().chat().chatId()).isEqualTo("G0PRIVATE");
  }

  @Test
  void theSameMessageIsTakenOnceWhicheverPathSeesItFirst() {
    conversations.saveQuestion(THREAD, "Who?");

    assertThat(threads.firstTime("C0NEWS", "1700000060.000700")).isTrue();
    assertThat(threads.addressed(reply())).as("the mention took it first").isEmpty();
    assertThat(threads.firstTime("C0NEWS", "1700000061.000800")).isTrue();
    assertThat(threads.firstTime("C0NEWS", "1700000061.000800")).isFalse();
  }

  @Test
  void aReplyWithoutAMentionIsAlwaysAQuestionNeverACommand() {
    MessageEvent chatter = reply();
    chatter.setText("add to that, the minister also spoke on Friday");
    MessageEvent help = reply();
    help.setText(" help ");

    assertThat(mapper.threadReply(chatter).orElseThrow().text())
        .isEqualTo("add to that, the minister also spoke on Friday");
    assertThat(mapper.threadReply(help).orElseThrow().text()).isEqualTo("help");
  }

  private static MessageEvent reply() {
    return Fixtures.event("thread-reply", MessageEvent.class);
  }
}
