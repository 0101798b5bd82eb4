package dev.briefing.slack.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.OutgoingFile;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.SlackBot;
import dev.briefing.slack.settings.SlackSettings;
import dev.briefing.slack.testing.FakeSlackApi;
import dev.briefing.slack.testing.Fixtures;
import dev.briefing.slack.testing.SignedRequests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OPML on Slack, through real signed requests and a fake Web API: a file shared with {@code feed
 * import} reaches the router as {@code /feed import} with its bytes, and {@code /feed export}'s
 * file is uploaded (files.uploadV2) after the reply's text, into the same channel and thread.
 */
class SlackFeedFilesIT {
  private static final String SLACK_FILES = "https://files.slack.com/files-pri/";
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String OPML =
      "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
          + "<outline text=\"Harbour\" xmlUrl=\"https://harbour.example/rss\"/></body></opml>";
  private static final String EXPORT_TEXT = "The feeds this chat follows, as OPML.";

  private final List<IncomingMessage> imports = new CopyOnWriteArrayList<>();
  private FakeSlackApi api;
  private SlackBot bot;
  private SignedRequests slack;

  @BeforeEach
  void start() throws Exception {
    api = new FakeSlackApi();
    SlackSettings settings =
        SlackSettings.http(FakeSlackApi.BOT_TOKEN, SECRET, 0).withApiUrl(api.apiUrl());
    CommandSpec feed = new CommandSpec("feed", "Follow feeds", (message, args) -> feed(message));
    bot =
        new SlackBot(
            settings,
            new CommandRouter(List.of(feed), (message, text) -> List.of(Reply.text("A question"))),
            List.of(feed),
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
  void importsAnOpmlFileSentWithFeedImportInADirectMessage() {
    api.serveFile("T0TEAM-F0STORY/download/feeds.opml", OPML.getBytes(StandardCharsets.UTF_8));

    slack.post(SignedRequests.JSON, dmFileShare("feed import"));

    assertThat(awaitPosts(1).get(0).form().get("text")).isEqualTo("Imported feeds.opml.");
    IncomingMessage message = imports.get(0);
    assertThat(message.text()).isEqualTo("/feed import");
    assertThat(message.chat()).isEqualTo(ChatAddress.of("slack", "D0ALICE"));
    assertThat(message.attachment().orElseThrow().fileName()).isEqualTo("feeds.opml");
    assertThat(new String(message.attachment().get().content(), StandardCharsets.UTF_8))
        .isEqualTo(OPML);
    assertThat(api.downloads()).hasSize(1);
  }

  @Test
  void importsAnOpmlFileSharedByAnAdminWithAMentionAndAnswersInItsThread() {
    api.serveFile("T0TEAM-F0NOTES/download/feeds.opml", OPML.getBytes(StandardCharsets.UTF_8));
    api.userRole("U0ALICE", "is_admin"); // feed is an admin command in channels

    slack.post(SignedRequests.JSON, mentionWithFile("/feed import"));

    FakeSlackApi.Post post = awaitPosts(1).get(0);
    assertThat(post.form()).containsEntry("thread_ts", "1700000300.000500");
    assertThat(post.form().get("text")).isEqualTo("Imported feeds.opml.");
    assertThat(imports.get(0).text()).isEqualTo("/feed import");
    assertThat(imports.get(0).chat().threadId()).isEqualTo(Optional.of("1700000300.000500"));
  }

  @Test
  void aMembersOpmlFileInAChannelIsRefusedBeforeItIsDownloaded() {
    api.serveFile("T0TEAM-F0NOTES/download/feeds.opml", OPML.getBytes(StandardCharsets.UTF_8));

    slack.post(SignedRequests.JSON, mentionWithFile("feed import"));

    assertThat(awaitPosts(1).get(0).form().get("text"))
        .isEqualTo("Only this chat's admins can use /feed here; ask one of them.");
    assertThat(api.downloads()).isEmpty();
    assertThat(imports).isEmpty();
  }

  @Test
  void uploadsTheExportedFileAfterTheReplysTextInTheSameChannel() {
    slack.post(SignedRequests.JSON, directMessage("feed export"));

    await().atMost(WAIT).until(() -> api.uploads().size() == 1);
    FakeSlackApi.Upload upload = api.uploads().get(0);
    assertThat(upload.filename()).isEqualTo("feeds.opml");
    assertThat(upload.text()).isEqualTo(OPML);
    assertThat(upload.channel()).isEqualTo("D0ALICE");
    assertThat(upload.threadTs()).isNull();
    assertThat(api.posts())
        .singleElement()
        .satisfies(p -> assertThat(text(p)).isEqualTo(EXPORT_TEXT));
    List<String> methods = api.methods();
    assertThat(methods.indexOf("chat.postMessage"))
        .isLessThan(methods.indexOf("files.getUploadURLExternal"));
    assertThat(methods.indexOf("files.getUploadURLExternal"))
        .isLessThan(methods.indexOf("files.completeUploadExternal"));
  }

  @Test
  void uploadsTheExportedFileIntoTheMentionsThread() {
    api.userRole("U0ALICE", "is_admin");

    slack.post(
        SignedRequests.JSON,
        Fixtures.json("app-mention")
            .replace("what did the minister say about the harbour?", "feed export"));

    await().atMost(WAIT).until(() -> api.uploads().size() == 1);
    FakeSlackApi.Upload upload = api.uploads().get(0);
    String thread = api.posts().get(0).form().get("thread_ts");
    assertThat(thread).isNotNull();
    assertThat(upload.channel()).isEqualTo(api.posts().get(0).channel());
    assertThat(upload.threadTs()).isEqualTo(thread);
  }

  @Test
  void retriesAnUploadSlackRateLimitedAfterTheTimeItNames() {
    api.failUploadUrls(
        new MockResponse()
            .setResponseCode(429)
            .setHeader("Retry-After", "1")
            .setBody("{\"ok\":false,\"error\":\"ratelimited\"}"));

    slack.post(SignedRequests.JSON, directMessage("feed export"));

    await().atMost(WAIT).until(() -> api.uploads().size() == 1);
    assertThat(api.uploads().get(0).text()).isEqualTo(OPML);
    assertThat(api.methods().stream().filter("files.getUploadURLExternal"::equals)).hasSize(2);
  }

  @Test
  void aSlashCommandsAnswerSaysWhereToGetTheFileAndUploadsNothing() {
    slack.post(SignedRequests.FORM, slashCommand("feed export"));

    await().atMost(WAIT).until(() -> api.responses().size() == 1);
    assertThat(api.responses().get(0).json().get("text").getAsString())
        .startsWith(EXPORT_TEXT)
        .contains("direct message")
        .contains("feeds.opml");
    assertThat(api.uploads()).isEmpty();
    assertThat(api.methods()).doesNotContain("files.getUploadURLExternal");
  }

  // The router's /feed: records imports, answers export with a file.
  private List<Reply> feed(IncomingMessage message) {
    if (message.text().endsWith("export")) {
      byte[] opml = OPML.getBytes(StandardCharsets.UTF_8);
      return List.of(
          Reply.text(EXPORT_TEXT).withFile(new OutgoingFile("feeds.opml", "text/x-opml", opml)));
    }
    imports.add(message);
    String name =
        message.attachment().orElseThrow(() -> new BriefingException("no file")).fileName();
    return List.of(Reply.text("Imported " + name + "."));
  }

  // Alice's direct message with an .opml file and these words.
  private String dmFileShare(String words) {
    return Fixtures.json("dm-file-share")
        .replace("\"text\": \"\"", "\"text\": \"" + words + "\"")
        .replace("story.txt", "feeds.opml")
        .replace(SLACK_FILES, api.fileUrl(""));
  }

  // Alice's mention in C0NEWS with an .opml file and these words.
  private String mentionWithFile(String words) {
    return Fixtures.json("app-mention-with-file")
        .replace("please add this", words)
        .replace("notes.md", "feeds.opml")
        .replace(SLACK_FILES, api.fileUrl(""));
  }

  private static String directMessage(String text) {
    return Fixtures.json("direct-message").replace("who was quoted in the report?", text);
  }

  private String slashCommand(String text) {
    return "token=legacy&team_id=T0TEAM&team_domain=news&channel_id=D0ALICE&channel_name=dm"
        + "&user_id=U0ALICE&user_name=alice&command=%2Fbriefing&text="
        + URLEncoder.encode(text, StandardCharsets.UTF_8)
        + "&api_app_id=A0APP&is_enterprise_install=false&response_url="
        + URLEncoder.encode(api.responseUrl("Tr0EXPORT"), StandardCharsets.UTF_8)
        + "&trigger_id=Tr0EXPORT";
  }

  private static String text(FakeSlackApi.Post post) {
    return post.form().get("text");
  }

  private List<FakeSlackApi.Post> awaitPosts(int count) {
    await().atMost(WAIT).until(() -> api.posts().size() >= count);
    return api.posts();
  }
}
