package dev.briefing.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.telegram.Fixtures;
import dev.briefing.telegram.files.TelegramDocument;
import java.util.Optional;
import java.util.OptionalLong;
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

  @Test
  void turnsAPrivateDocumentIntoAddWithTheFileToFetch() {
    AddressedMessage mapped = map("private-document").orElseThrow();

    assertThat(mapped.message())
        .isEqualTo(new IncomingMessage(ChatAddress.of("telegram", "501"), "501", "/add"));
    assertThat(mapped.messageId()).isEqualTo(21);
    assertThat(mapped.document())
        .contains(new TelegramDocument("BQACAgQAAxkBAAIBc2", "story.txt", OptionalLong.of(1843)));
  }

  @Test
  void takesAGroupDocumentWhoseCaptionMentionsTheBot() {
    AddressedMessage mapped = map("group-document-mention").orElseThrow();

    assertThat(mapped.message().text()).isEqualTo("/add");
    assertThat(mapped.message().chat().chatId()).isEqualTo("-1001234567890");
    assertThat(mapped.document().orElseThrow().fileName()).isEqualTo("brief.md");
  }

  @Test
  void ignoresAGroupDocumentWithoutAMention() {
    assertThat(map("group-document-chatter")).isEmpty();
  }

  @Test
  void takesAGroupDocumentCaptionedAddForThisBot() {
    AddressedMessage mapped = map("group-document-add-command").orElseThrow();

    assertThat(mapped.message().text()).isEqualTo("/add");
    assertThat(mapped.document().orElseThrow().fileName()).isEqualTo("page.html");
  }

  @Test
  void ignoresAGroupDocumentCaptionedWithAnotherCommandOrAnotherBot() {
    String json = Fixtures.json("group-document-add-command");

    assertThat(mapper.map(Fixtures.parse(json.replace("/add@BriefingTestBot", "/add@OtherBot"))))
        .isEmpty();
    assertThat(mapper.map(Fixtures.parse(json.replace("/add@BriefingTestBot", "/summary"))))
        .isEmpty();
    assertThat(mapper.map(Fixtures.parse(json.replace("/add@BriefingTestBot", "/address"))))
        .isEmpty();
  }

  @Test
  void takesAGroupDocumentReplyingToTheBot() {
    String reply =
        Fixtures.json("group-reply-to-bot")
            .replace(
                "\"text\": \"and what about the budget?\"",
                "\"document\": {\"file_id\": \"f1\", \"file_unique_id\": \"u1\","
                    + " \"file_name\": \"budget.txt\"}");

    AddressedMessage mapped = mapper.map(Fixtures.parse(reply)).orElseThrow();

    assertThat(mapped.message().text()).isEqualTo("/add");
    assertThat(mapped.document())
        .contains(new TelegramDocument("f1", "budget.txt", OptionalLong.empty()));
  }

  @Test
  void keepsTheSizeOfAnOversizedDocumentForTheHandlerToRefuse() {
    TelegramDocument document = map("private-document-oversized").orElseThrow().document().get();

    assertThat(document.size()).hasValue(7_340_032);
  }

  @Test
  void namesADocumentSentWithoutAFileName() {
    String json = Fixtures.json("private-document").replace("\"file_name\": \"story.txt\",", "");

    assertThat(mapper.map(Fixtures.parse(json)).orElseThrow().document().orElseThrow().fileName())
        .isEqualTo("file");
  }

  @Test
  void aChannelPostCommandForTheBotSpeaksAsTheChannel() {
    AddressedMessage addressed =
        new TelegramMapper(Fixtures.BOT)
            .map(Fixtures.parse(channelPost(3001, "/subscribe 08:00 Europe/Berlin")))
            .orElseThrow();

    assertThat(addressed.message().chat()).isEqualTo(ChatAddress.of("telegram", "-1001234"));
    assertThat(addressed.message().userId()).isEqualTo("-1001234");
    assertThat(addressed.message().text()).isEqualTo("/subscribe 08:00 Europe/Berlin");
    assertThat(addressed.messageId()).isEqualTo(77);
  }

  @Test
  void aChannelsOrdinaryPostsAndOtherBotsCommandsAreNotForTheBot() {
    TelegramMapper mapper = new TelegramMapper(Fixtures.BOT);

    assertThat(mapper.map(Fixtures.parse(channelPost(3002, "Today's news: the harbour reopens."))))
        .isEmpty();
    assertThat(mapper.map(Fixtures.parse(channelPost(3003, "/subscribe@OtherBot 08:00"))))
        .isEmpty();
  }

  @Test
  void knowsAPrivateChatFromAGroupSupergroupOrChannel() {
    assertThat(map("private-question").orElseThrow().shared()).isFalse();
    assertThat(map("private-document").orElseThrow().shared()).isFalse();
    assertThat(map("group-command-for-us").orElseThrow().shared()).isTrue(); // a group
    assertThat(map("group-mention").orElseThrow().shared()).isTrue(); // a supergroup
    assertThat(map("group-document-add-command").orElseThrow().shared()).isTrue();
    assertThat(mapper.map(Fixtures.parse(channelPost(3004, "/summary"))).orElseThrow().shared())
        .isTrue();
  }

  @Test
  void anAnonymousGroupAdminSpeaksAsTheGroup() {
    String anonymous =
        Fixtures.json("group-command-for-us")
            .replace(
                "\"from\": {\"id\": 502, \"is_bot\": false, \"first_name\": \"Bo\"},",
                "\"from\": {\"id\": 1087968824, \"is_bot\": true, \"first_name\": \"Group\","
                    + " \"username\": \"GroupAnonymousBot\"}, \"sender_chat\": {\"id\": -200300,"
                    + " \"type\": \"group\", \"title\": \"Desk\"},");

    AddressedMessage mapped = mapper.map(Fixtures.parse(anonymous)).orElseThrow();

    assertThat(mapped.message().userId()).isEqualTo("-200300");
    assertThat(mapped.shared()).isTrue();
  }

  @Test
  void ignoresOtherBotsAndPostsForwardedFromOtherChats() {
    String otherBot =
        Fixtures.json("group-command-for-us").replace("\"is_bot\": false", "\"is_bot\": true");
    String linkedChannel =
        Fixtures.json("group-command-for-us")
            .replace(
                "\"from\": {\"id\": 502, \"is_bot\": false, \"first_name\": \"Bo\"},",
                "\"from\": {\"id\": 777000, \"is_bot\": true, \"first_name\": \"Telegram\"},"
                    + " \"sender_chat\": {\"id\": -1009, \"type\": \"channel\", \"title\": \"C\"},");

    assertThat(mapper.map(Fixtures.parse(otherBot))).isEmpty();
    assertThat(mapper.map(Fixtures.parse(linkedChannel))).isEmpty();
  }

  private static String channelPost(int updateId, String text) {
    return "{\"update_id\":"
        + updateId
        + ",\"channel_post\":{\"message_id\":77,\"date\":1764300000,"
        + "\"chat\":{\"id\":-1001234,\"type\":\"channel\",\"title\":\"Newsroom\"},"
        + "\"sender_chat\":{\"id\":-1001234,\"type\":\"channel\",\"title\":\"Newsroom\"},"
        + "\"text\":\""
        + text
        + "\"}}";
  }

  @Test
  void aDeepLinkBecomesTheCommandItNamesAndAnythingElseStaysAsItIs() {
    TelegramMapper linked =
        new TelegramMapper(Fixtures.BOT, java.util.Set.of("subscribe", "start"));

    assertThat(linked.deepLinked("/start subscribe_0800_Europe-Berlin"))
        .isEqualTo("/subscribe 08:00 Europe/Berlin");
    assertThat(linked.deepLinked("/start@BriefingTestBot subscribe_0730"))
        .isEqualTo("/subscribe 07:30");
    assertThat(linked.deepLinked("/start unknown_thing")).isEqualTo("/start unknown_thing");
    assertThat(linked.deepLinked("/start start")).isEqualTo("/start start");
    assertThat(linked.deepLinked("/start")).isEqualTo("/start");
    assertThat(linked.deepLinked("what is /start subscribe_0800?"))
        .isEqualTo("what is /start subscribe_0800?");
  }
}
