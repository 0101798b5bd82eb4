package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TelegramMapperTest {
  private final TelegramMapper mapper = new TelegramMapper(Fixtures.BOT);

  private Optional<AddressedMessage> map(String fixture) {
    return mapper.map(Fixtures.update(fixture));
  }

  @Test
  void takesEveryPrivateTextAsItIs() {
    AddressedMessage mapped = map("private-question").orElseThrow();

    assertThat(mapped.message())
        .isEqualTo(
            new IncomingMessage(
                ChatAddress.of("telegram", "501"),
                "501",
                "What did the minister say about the harbour?"));
    assertThat(mapped.messageId()).isEqualTo(11);
  }

  @Test
  void stripsTheMentionFromAGroupMessageAddressedToTheBot() {
    IncomingMessage message = map("group-mention").orElseThrow().message();

    assertThat(message.text()).isEqualTo("who was quoted in the report?");
    assertThat(message.chat().chatId()).isEqualTo("-1001234567890");
    assertThat(message.userId()).isEqualTo("502");
  }

  @Test
  void ignoresGroupChatterEvenWhenItNamesOtherBotsOrLookalikes() {
    assertThat(map("group-chatter")).isEmpty();
  }

  @Test
  void takesACommandAddressedToThisBotWithItsSuffix() {
    assertThat(map("group-command-for-us").orElseThrow().message().text())
        .isEqualTo("/summary@BriefingTestBot 3");
  }

  @Test
  void takesABareCommandInAGroup() {
    assertThat(map("group-bare-command").orElseThrow().message().text()).isEqualTo("/help");
  }

  @Test
  void ignoresACommandAddressedToAnotherBot() {
    assertThat(map("group-command-for-other-bot")).isEmpty();
  }

  @Test
  void takesAReplyToTheBotsOwnMessage() {
    assertThat(map("group-reply-to-bot").orElseThrow().message().text())
        .isEqualTo("and what about the budget?");
  }

  @Test
  void ignoresAReplyToSomeoneElse() {
    assertThat(map("group-reply-to-human")).isEmpty();
  }

  @Test
  void answersInTheForumTopicItWasAskedIn() {
    IncomingMessage message = map("forum-topic-mention").orElseThrow().message();

    assertThat(message.chat().threadId()).contains("42");
    assertThat(message.text()).isEqualTo("what changed today");
  }

  @Test
  void ignoresEditsAndMessagesWithoutText() {
    assertThat(map("edited-message")).isEmpty();
    assertThat(map("private-photo")).isEmpty();
  }
}
