package dev.briefing.slack.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.ChannelUnarchiveEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.slack.files.SharedFile;
import dev.briefing.slack.testing.Fixtures;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackMapperTest {
  private final SlackMapper mapper =
      new SlackMapper("U0BOT", Set.of("summary", "subscribe", "ask"));

  @Test
  void mentionIsAnsweredInANewThreadUnderItWithTheMentionStripped() {
    IncomingMessage message =
        mapper.mention(Fixtures.event("app-mention", AppMentionEvent.class)).orElseThrow();

    assertThat(message.chat())
        .isEqualTo(new ChatAddress("slack", "C0NEWS", Optional.of("1700000000.000100")));
    assertThat(message.userId()).isEqualTo("U0ALICE");
    assertThat(message.text()).isEqualTo("what did the minister say about the harbour?");
  }

  @Test
  void mentionInsideAThreadIsAnsweredInThatThread() {
    IncomingMessage message =
        mapper
            .mention(Fixtures.event("app-mention-in-thread", AppMentionEvent.class))
            .orElseThrow();

    assertThat(message.chat().threadId()).contains("1700000000.000100");
    assertThat(message.text()).isEqualTo("and the budget?");
  }

  @Test
  void mentionByAnotherBotIsIgnored() {
    AppMentionEvent event = Fixtures.event("app-mention", AppMentionEvent.class);
    event.setBotId("B0OTHER");

    assertThat(mapper.mention(event)).isEmpty();
  }

  @Test
  void directMessageIsAQuestionFromItsAuthor() {
    IncomingMessage message =
        mapper.directMessage(Fixtures.event("direct-message", MessageEvent.class)).orElseThrow();

    assertThat(message.chat()).isEqualTo(ChatAddress.of("slack", "D0ALICE"));
    assertThat(message.text()).isEqualTo("who was quoted in the report?");
  }

  @Test
  void botsOwnDirectMessageIsIgnored() {
    assertThat(mapper.directMessage(Fixtures.event("own-message", MessageEvent.class))).isEmpty();
  }

  @Test
  void channelChatterIsNotADirectMessage() {
    assertThat(mapper.directMessage(Fixtures.event("channel-chatter", MessageEvent.class)))
        .isEmpty();
  }

  @Test
  void fileSharedInADirectMessageIsItsFirstFile() {
    SharedFile file =
        mapper
            .sharedFile(Fixtures.event("dm-file-share", MessageFileShareEvent.class))
            .orElseThrow();

    assertThat(file.chat()).isEqualTo(ChatAddress.of("slack", "D0ALICE"));
    assertThat(file.userId()).isEqualTo("U0ALICE");
    assertThat(file.name()).isEqualTo("story.txt");
    assertThat(file.size()).isEqualTo(412);
    assertThat(file.tooLarge()).isFalse();
    assertThat(file.download())
        .contains(
            URI.create("https://files.slack.com/files-pri/T0TEAM-F0STORY/download/story.txt"));
  }

  @Test
  void fileSharedWithAMentionIsAnsweredInTheMentionsThread() {
    AppMentionEvent event = Fixtures.event("app-mention-with-file", AppMentionEvent.class);

    SharedFile file = mapper.sharedFile(event).orElseThrow();

    assertThat(file.chat())
        .isEqualTo(new ChatAddress("slack", "C0NEWS", Optional.of("1700000300.000500")));
    assertThat(file.name()).isEqualTo("notes.md");
    assertThat(file.download().orElseThrow().getPath()).endsWith("/download/notes.md");
  }

  @Test
  void fileSharedWithFeedImportGoesToFeedImportInADirectMessageAndWithAMention() {
    SlackMapper feeds = new SlackMapper("U0BOT", Set.of("feed"));
    MessageFileShareEvent direct = Fixtures.event("dm-file-share", MessageFileShareEvent.class);
    direct.setText("feed import");
    AppMentionEvent mention = Fixtures.event("app-mention-with-file", AppMentionEvent.class);
    mention.setText("<@U0BOT> /feed import");

    assertThat(feeds.sharedFile(direct).orElseThrow().command()).isEqualTo(SharedFile.IMPORT);
    assertThat(feeds.sharedFile(mention).orElseThrow().command()).isEqualTo(SharedFile.IMPORT);
    assertThat(feeds.sharedFile(mention).orElseThrow().text()).isEqualTo("/feed import");
  }

  @Test
  void fileSharedWithOtherWordsOrNoneIsAnArticleToAdd() {
    SlackMapper feeds = new SlackMapper("U0BOT", Set.of("feed"));

    assertThat(
            feeds
                .sharedFile(Fixtures.event("dm-file-share", MessageFileShareEvent.class))
                .orElseThrow()
                .command())
        .isEqualTo(SharedFile.ADD);
    assertThat(
            feeds
                .sharedFile(Fixtures.event("app-mention-with-file", AppMentionEvent.class))
                .orElseThrow()
                .command())
        .isEqualTo(SharedFile.ADD);
  }

  @Test
  void mentionWithoutFilesIsNoFileShare() {
    assertThat(mapper.sharedFile(Fixtures.event("app-mention", AppMentionEvent.class))).isEmpty();
  }

  @Test
  void oversizedFileIsMarkedTooLarge() {
    SharedFile file =
        mapper
            .sharedFile(Fixtures.event("dm-file-share-oversized", MessageFileShareEvent.class))
            .orElseThrow();

    assertThat(file.size()).isEqualTo(6L * 1024 * 1024);
    assertThat(file.tooLarge()).isTrue();
  }

  @Test
  void nonTextFileIsStillAFileShareForTheRouterToJudge() {
    SharedFile file =
        mapper
            .sharedFile(Fixtures.event("dm-file-share-pdf", MessageFileShareEvent.class))
            .orElseThrow();

    assertThat(file.name()).isEqualTo("annual-report.pdf");
    assertThat(file.tooLarge()).isFalse();
  }

  @Test
  void fileSharedByTheBotOrOutsideADirectMessageIsIgnored() {
    MessageFileShareEvent own = Fixtures.event("dm-file-share", MessageFileShareEvent.class);
    own.setUser("U0BOT");
    MessageFileShareEvent inChannel = Fixtures.event("dm-file-share", MessageFileShareEvent.class);
    inChannel.setChannelType("channel");
    MessageFileShareEvent noFiles = Fixtures.event("dm-file-share", MessageFileShareEvent.class);
    noFiles.setFiles(List.of());

    assertThat(mapper.sharedFile(own)).isEmpty();
    assertThat(mapper.sharedFile(inChannel)).isEmpty();
    assertThat(mapper.sharedFile(noFiles)).isEmpty();
  }

  @Test
  void slashCommandWithACommandNameRunsThatCommand() {
    assertThat(mapper.command(command("summary 3")).text()).isEqualTo("/summary 3");
    assertThat(mapper.command(command("Subscribe daily 08:00")).text())
        .isEqualTo("/subscribe daily 08:00");
  }

  @Test
  void slashCommandWithOtherWordsIsAQuestion() {
    IncomingMessage message = mapper.command(command("what did the minister say"));

    assertThat(message.text()).isEqualTo("what did the minister say");
    assertThat(message.chat()).isEqualTo(ChatAddress.of("slack", "C0NEWS"));
    assertThat(message.userId()).isEqualTo("U0ALICE");
  }

  @Test
  void bareSlashCommandOrHelpAsksForHelp() {
    assertThat(mapper.command(command("")).text()).isEmpty();
    assertThat(mapper.command(command("  help ")).text()).isEmpty();
  }

  static SlashCommandPayload command(String text) {
    SlashCommandPayload payload = new SlashCommandPayload();
    payload.setCommand("/briefing");
    payload.setText(text);
    payload.setChannelId("C0NEWS");
    payload.setUserId("U0ALICE");
    payload.setResponseUrl("https://hooks.slack.com/commands/T0TEAM/1/abc");
    return payload;
  }

  @Test
  void theBotJoiningAChannelIsAReturnAndSomeoneElseJoiningIsNot() {
    MemberJoinedChannelEvent bot =
        Fixtures.event("member-joined-bot", MemberJoinedChannelEvent.class);
    MemberJoinedChannelEvent alice =
        Fixtures.event("member-joined-someone", MemberJoinedChannelEvent.class);
    SlackMapper mapper = new SlackMapper("U0BOT", java.util.Set.of());

    assertThat(mapper.botJoined(bot)).contains(ChatAddress.of("slack", "C0DIGEST"));
    assertThat(mapper.botJoined(alice)).isEmpty();
    assertThat(mapper.unarchived(Fixtures.event("channel-unarchive", ChannelUnarchiveEvent.class)))
        .contains(ChatAddress.of("slack", "C0ARCHIVE"));
  }

  @Test
  void inADirectMessageOrAMentionACommandIsWrittenWithoutItsSlash() {
    MessageEvent dm = Fixtures.event("direct-message", MessageEvent.class);
    AppMentionEvent mention = Fixtures.event("app-mention", AppMentionEvent.class);
    SlackMapper withCommands =
        new SlackMapper("U0BOT", java.util.Set.of("summary", "articles", "subscribe"));

    dm.setText("summary 3");
    assertThat(withCommands.directMessage(dm).orElseThrow().text()).isEqualTo("/summary 3");
    dm.setText("Articles");
    assertThat(withCommands.directMessage(dm).orElseThrow().text()).isEqualTo("/articles");
    mention.setText("<@U0BOT> subscribe 08:00 Europe/Berlin");
    assertThat(withCommands.mention(mention).orElseThrow().text())
        .isEqualTo("/subscribe 08:00 Europe/Berlin");
  }

  @Test
  void aQuestionThatStartsWithACommandWordStaysAQuestion() {
    MessageEvent dm = Fixtures.event("direct-message", MessageEvent.class);
    SlackMapper withCommands = new SlackMapper("U0BOT", java.util.Set.of("summary"));

    dm.setText("summary of the talks?");
    assertThat(withCommands.directMessage(dm).orElseThrow().text())
        .isEqualTo("summary of the talks?");
    dm.setText("who was quoted?");
    assertThat(withCommands.directMessage(dm).orElseThrow().text()).isEqualTo("who was quoted?");
  }

  @Test
  void repliesTeachCommandsWithoutTheSlashSlackRefusesInDirectMessages() {
    SlackMapper withCommands = new SlackMapper("U0BOT", java.util.Set.of("summary", "articles"));
    dev.briefing.core.chat.Reply help =
        dev.briefing.core.chat.Reply.text(
            "Commands:\n/summary — Summarize: /summary 5 for five.\n/articles — List (try /articles"
                + " 2).\nSee https://example.com/summary and and/articles; /unknown stays.");

    assertThat(withCommands.bareWords(help).text())
        .isEqualTo(
            "Commands:\nsummary — Summarize: summary 5 for five.\narticles — List (try articles"
                + " 2).\nSee https://example.com/summary and and/articles; /unknown stays.");
  }
}
