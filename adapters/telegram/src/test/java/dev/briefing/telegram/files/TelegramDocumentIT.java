package dev.briefing.telegram.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.OutgoingFile;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.FakeBotApi;
import dev.briefing.telegram.TelegramBot;
import dev.briefing.telegram.TelegramBotIT;
import dev.briefing.telegram.settings.TelegramSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documents sent to the bot, downloaded from the fake Bot API and routed as /add. */
class TelegramDocumentIT {
  private static final String TOKEN = "123456:TEST-token";
  private static final String STORY = "Harbour reopens\n\nThe harbour reopens in May.";

  private static final String OPML =
      "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
          + "<outline text=\"A\" xmlUrl=\"https://a.example/rss\"/></body></opml>";

  private final List<IncomingMessage> added = new CopyOnWriteArrayList<>();
  private final List<IncomingMessage> imported = new CopyOnWriteArrayList<>();
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    TelegramSettings settings =
        TelegramSettings.longPolling(TOKEN)
            .withApiUrl(api.url())
            .withPollTimeout(Duration.ofSeconds(1));
    bot =
        new TelegramBot(
            settings,
            router(),
            List.of(),
            new InMemorySubscriptionRepository(Clock.systemUTC()),
            Clock.systemUTC());
    bot.start();
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    api.close();
  }

  @Test
  void addsATextFileSentInAPrivateChat() {
    api.storeFile("story-id", "documents/file_7.txt", STORY.getBytes(StandardCharsets.UTF_8));
    api.queueUpdates(document(3001, 701, "story-id", "story.txt", STORY.length()));

    JsonNode sent = awaitOneMessageTo("701");

    assertThat(sent.path("text").asText())
        .isEqualTo("Added story.txt (" + STORY.length() + " bytes).");
    assertThat(sent.path("reply_parameters").path("message_id").asInt()).isEqualTo(1);
    IncomingMessage message = added.get(0);
    assertThat(message.text()).isEqualTo("/add");
    assertThat(new String(message.attachment().orElseThrow().content(), StandardCharsets.UTF_8))
        .isEqualTo(STORY);
    assertThat(api.fileRequests()).containsExactly("/file/bot" + TOKEN + "/documents/file_7.txt");
  }

  @Test
  void refusesAPdfWithoutDownloadingIt() {
    api.storeFile("pdf-id", "documents/file_8.pdf", new byte[] {'%', 'P', 'D', 'F'});
    api.queueUpdates(document(3002, 702, "pdf-id", "report.pdf", 4));

    assertThat(awaitOneMessageTo("702").path("text").asText())
        .isEqualTo("I read .txt, .md and .html files; report.pdf is none of them.");
    assertThat(api.calls("getFile")).isEmpty();
    assertThat(api.fileRequests()).isEmpty();
  }

  @Test
  void refusesAnOversizedFileWithoutDownloadingIt() {
    api.queueUpdates(document(3003, 703, "big-id", "archive.txt", Attachment.MAX_BYTES + 1));

    assertThat(awaitOneMessageTo("703").path("text").asText())
        .isEqualTo("That file is larger than 5 MB; send a link or the text instead.");
    assertThat(api.calls("getFile")).isEmpty();
    assertThat(api.fileRequests()).isEmpty();
    assertThat(added).isEmpty();
  }

  @Test
  void refusesAFileThatGetFileReportsLargerThanTheDocumentSaid() {
    api.storeFile("liar-id", "documents/file_9.txt", oversized());
    api.queueUpdates(document(3004, 704, "liar-id", "notes.txt", 10));

    assertThat(awaitOneMessageTo("704").path("text").asText())
        .isEqualTo("That file is larger than 5 MB; send a link or the text instead.");
    assertThat(api.fileRequests()).isEmpty();
    assertThat(added).isEmpty();
  }

  @Test
  void stopsReadingAFileOfUnknownSizePastTheLimit() {
    api.storeFileOfUnknownSize("unsized-id", "documents/file_10.txt", oversized());
    api.queueUpdates(document(3006, 706, "unsized-id", "notes.txt", 10));

    assertThat(awaitOneMessageTo("706").path("text").asText())
        .isEqualTo("That file is larger than 5 MB; send a link or the text instead.");
    assertThat(api.fileRequests()).hasSize(1);
    assertThat(added).isEmpty();
  }

  @Test
  void repliesShortlyWhenTelegramCannotGiveTheFile() {
    api.queueUpdates(document(3005, 705, "gone-id", "story.txt", 100));

    assertThat(awaitOneMessageTo("705").path("text").asText())
        .isEqualTo("I could not download that file; please try again.");
    assertThat(api.calls("getFile")).hasSize(1);
    assertThat(added).isEmpty();
  }

  @Test
  void routesAnOpmlFileCaptionedFeedImportAndSendsBackTheExportedFile() {
    byte[] opml = OPML.getBytes(StandardCharsets.UTF_8);
    api.storeFile("opml-id", "documents/file_11.opml", opml);
    api.queueUpdates(
        captioned(document(3007, 707, "opml-id", "feeds.opml", opml.length), "/feed import"));

    JsonNode sent = awaitOneMessageTo("707");

    assertThat(sent.path("text").asText()).isEqualTo("Imported feeds.opml.");
    assertThat(imported).hasSize(1);
    assertThat(imported.get(0).text()).isEqualTo("/feed import");
    assertThat(imported.get(0).attachment().orElseThrow().content()).isEqualTo(opml);
    await().atMost(TelegramBotIT.WAIT).until(() -> api.documentBodies().size() == 1);
    String body = api.documentBodies().get(0);
    assertThat(body)
        .contains("name=\"chat_id\"")
        .contains("707")
        .contains("filename=\"feeds.opml\"")
        .contains(OPML);
  }

  private static byte[] oversized() {
    byte[] big = new byte[Attachment.MAX_BYTES + 1];
    Arrays.fill(big, (byte) 'a');
    return big;
  }

  private JsonNode awaitOneMessageTo(String chatId) {
    await().atMost(TelegramBotIT.WAIT).until(() -> !api.sentTo(chatId).isEmpty());
    List<JsonNode> sent = api.sentTo(chatId);
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  // Refuses unreadable kinds as the core's /add does, so the test needs no article engine.
  private CommandRouter router() {
    CommandSpec add =
        new CommandSpec(
            "add",
            "Add an article",
            (message, args) -> {
              Attachment file = message.attachment().orElseThrow();
              if (!file.readable()) {
                throw new BriefingException(
                    "I read .txt, .md and .html files; " + file.fileName() + " is none of them.");
              }
              added.add(message);
              return List.of(
                  Reply.text(
                      "Added " + file.fileName() + " (" + file.content().length + " bytes)."));
            });
    // /feed import answers with the file it got, as /feed export would send one.
    CommandSpec feed =
        new CommandSpec(
            "feed",
            "Feeds",
            (message, args) -> {
              imported.add(message);
              Attachment file = message.attachment().orElseThrow();
              return List.of(
                  Reply.text("Imported " + file.fileName() + ".")
                      .withFile(new OutgoingFile(file.fileName(), "text/x-opml", file.content())));
            });
    return new CommandRouter(List.of(add, feed), (message, text) -> List.of(Reply.text("?")));
  }

  private static String captioned(String documentUpdate, String caption) {
    return documentUpdate.replace(
        ",\"document\":", ",\"caption\":\"" + caption + "\",\"document\":");
  }

  private static String document(int updateId, long chatId, String fileId, String name, long size) {
    return "{\"update_id\":"
        + updateId
        + ",\"message\":{\"message_id\":"
        + (updateId % 1000)
        + ",\"date\":1764300000,\"from\":{\"id\":"
        + chatId
        + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\"private\"},\"document\":{\"file_id\":\""
        + fileId
        + "\",\"file_unique_id\":\"u-"
        + fileId
        + "\",\"file_name\":\""
        + name
        + "\",\"file_size\":"
        + size
        + "}}}";
  }
}
