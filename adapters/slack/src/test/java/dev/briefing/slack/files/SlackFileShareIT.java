package dev.briefing.slack.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.SlackBot;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files shared with the bot, through real signed requests and a fake Web API serving the files. */
class SlackFileShareIT {
  private static final String STORY = "Harbour reopens\n\nThe harbour reopens in May, she said.\n";
  private static final String SLACK_FILES = "https://files.slack.com/files-pri/";
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final RecordingAdd add = new RecordingAdd();
  private FakeSlackApi api;
  private SlackBot bot;
  private SignedRequests slack;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    SlackSettings settings =
        SlackSettings.http(FakeSlackApi.BOT_TOKEN, SECRET, 0).withApiUrl(api.apiUrl());
    bot =
        new SlackBot(
            settings,
            add.router(),
            List.of(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            InboundDedup.inMemory(),
            Clock.systemUTC());
    bot.start();
    slack = new SignedRequests(bot.httpPort().orElseThrow(), SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    api.close();
  }

  @Test
  void addsATextFileSentInADirectMessageAsAnArticle() {
    api.serveFile("T0TEAM-F0STORY/download/story.txt", STORY.getBytes(StandardCharsets.UTF_8));

    assertThat(slack.post(SignedRequests.JSON, event("dm-file-share")).statusCode()).isEqualTo(200);

    FakeSlackApi.Post post = awaitPosts(1).get(0);
    assertThat(post.channel()).isEqualTo("D0ALICE");
    assertThat(post.form().get("text")).isEqualTo("Added \"Harbour reopens\".");
    IncomingMessage message = add.added().get(0);
    assertThat(message.text()).isEqualTo("/add");
    assertThat(message.chat()).isEqualTo(ChatAddress.of("slack", "D0ALICE"));
    assertThat(message.attachment().orElseThrow().fileName()).isEqualTo("story.txt");
    assertThat(add.content(0)).isEqualTo(STORY);
    assertThat(api.downloads())
        .containsExactly(
            new FakeSlackApi.Download(
                "/files-pri/T0TEAM-F0STORY/download/story.txt",
                "Bearer " + FakeSlackApi.BOT_TOKEN));
  }

  @Test
  void addsAFileSharedWithAMentionAndAnswersInItsThread() {
    api.serveFile(
        "T0TEAM-F0NOTES/download/notes.md",
        "Budget notes\n\nIt grew.".getBytes(StandardCharsets.UTF_8));
    api.userRole("U0ALICE", "is_admin"); // in a channel a file is /add, for its admins

    slack.post(SignedRequests.JSON, event("app-mention-with-file"));

    FakeSlackApi.Post post = awaitPosts(1).get(0);
    assertThat(post.channel()).isEqualTo("C0NEWS");
    assertThat(post.form()).containsEntry("thread_ts", "1700000300.000500");
    assertThat(post.form().get("text")).isEqualTo("Added \"Budget notes\".");
    assertThat(add.added().get(0).chat().threadId()).isEqualTo(Optional.of("1700000300.000500"));
  }

  @Test
  void refusesAPdfWithTheRoutersWordsWithoutDownloadingIt() {
    slack.post(SignedRequests.JSON, event("dm-file-share-pdf"));

    assertThat(awaitPosts(1).get(0).form().get("text"))
        .isEqualTo("I read .txt, .md and .html files; annual-report.pdf is none of them.");
    assertThat(api.downloads()).isEmpty();
  }

  @Test
  void refusesAFileOverFiveMegabytesWithoutRequestingIt() {
    slack.post(SignedRequests.JSON, event("dm-file-share-oversized"));

    assertThat(awaitPosts(1).get(0).form().get("text")).isEqualTo(FileIntake.TOO_LARGE);
    assertThat(api.downloads()).isEmpty();
    assertThat(add.added()).isEmpty();
  }

  @Test
  void answersBrieflyWhenTheFileCannotBeDownloaded() {
    slack.post(SignedRequests.JSON, event("dm-file-share")); // the fake serves nothing: 404

    assertThat(awaitPosts(1).get(0).form().get("text")).isEqualTo(FileIntake.NOT_DOWNLOADED);
    assertThat(api.downloads()).hasSize(1);
    assertThat(add.added()).isEmpty();
  }

  @Test
  void addsAFileShareSlackRetriedOnce() {
    api.serveFile("T0TEAM-F0STORY/download/story.txt", STORY.getBytes(StandardCharsets.UTF_8));
    String body = event("dm-file-share");

    slack.post(SignedRequests.JSON, body);
    slack.post(SignedRequests.JSON, body, "X-Slack-Retry-Num", "1");
    awaitPosts(1);
    bot.close(); // finishes the answers in progress, so a duplicate would show now

    assertThat(add.added()).hasSize(1);
    assertThat(api.downloads()).hasSize(1);
    assertThat(api.posts()).hasSize(1);
  }

  // The fixture with its Slack file URLs pointing at the fake.
  private String event(String fixture) {
    return Fixtures.json(fixture).replace(SLACK_FILES, api.fileUrl(""));
  }

  private List<FakeSlackApi.Post> awaitPosts(int count) {
    await().atMost(WAIT).until(() -> api.posts().size() >= count);
    return api.posts();
  }
}
