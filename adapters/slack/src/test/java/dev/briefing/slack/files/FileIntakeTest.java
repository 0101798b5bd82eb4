package dev.briefing.slack.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FileIntakeTest {
  private static final URI URL =
      URI.create("https://files.slack.com/files-pri/T0TEAM-F0STORY/download/story.txt");

  private final RecordingAdd add = new RecordingAdd();
  private final AtomicInteger downloads = new AtomicInteger();

  @Test
  void addsADownloadedTextFileAsAnArticle() {
    FileIntake intake =
        new FileIntake(
            add.router(),
            (url, max) -> {
              downloads.incrementAndGet();
              assertThat(url).isEqualTo(URL);
              assertThat(max).isEqualTo(Attachment.MAX_BYTES);
              return "Harbour reopens\nThe harbour reopens in May."
                  .getBytes(StandardCharsets.UTF_8);
            });

    List<Reply> replies = intake.take(file("story.txt", 44), "Ev0FILE");

    assertThat(texts(replies)).containsExactly("Added \"Harbour reopens\".");
    assertThat(add.added()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("/add"));
    assertThat(add.content(0)).isEqualTo("Harbour reopens\nThe harbour reopens in May.");
    assertThat(add.added().get(0).chat()).isEqualTo(ChatAddress.of("slack", "D0ALICE"));
  }

  @Test
  void refusesAFileOverFiveMegabytesWithoutDownloadingIt() {
    FileIntake intake = new FileIntake(add.router(), counting());

    List<Reply> replies = intake.take(file("archive.txt", Attachment.MAX_BYTES + 1), "Ev0BIG");

    assertThat(texts(replies)).containsExactly(FileIntake.TOO_LARGE);
    assertThat(downloads).hasValue(0);
    assertThat(add.added()).isEmpty();
  }

  @Test
  void refusesAFileThatTurnsOutTooLargeWhileDownloading() {
    FileIntake intake =
        new FileIntake(
            add.router(),
            (url, max) -> {
              throw new FileDownloader.FileTooLargeException(max);
            });

    assertThat(texts(intake.take(file("story.txt", 0), "Ev0FILE")))
        .containsExactly(FileIntake.TOO_LARGE);
  }

  @Test
  void passesAKindItDoesNotReadToTheRouterByNameWithoutDownloadingIt() {
    FileIntake intake = new FileIntake(add.router(), counting());

    List<Reply> replies = intake.take(file("annual-report.pdf", 48_213), "Ev0PDF");

    assertThat(texts(replies))
        .containsExactly("I read .txt, .md and .html files; annual-report.pdf is none of them.");
    assertThat(downloads).hasValue(0);
  }

  @Test
  void answersBrieflyWhenTheDownloadFails() {
    FileIntake intake =
        new FileIntake(
            add.router(),
            (url, max) -> {
              throw new IOException("HTTP 500 from files.slack.com");
            });

    assertThat(texts(intake.take(file("story.txt", 44), "Ev0FILE")))
        .containsExactly(FileIntake.NOT_DOWNLOADED);
    assertThat(add.added()).isEmpty();
  }

  @Test
  void answersBrieflyWhenSlackGaveNoDownloadUrl() {
    FileIntake intake = new FileIntake(add.router(), counting());
    SharedFile noUrl =
        new SharedFile(ChatAddress.of("slack", "D0ALICE"), "U0ALICE", "story.txt", 44, null);

    assertThat(texts(intake.take(noUrl, "Ev0FILE"))).containsExactly(FileIntake.NOT_DOWNLOADED);
    assertThat(downloads).hasValue(0);
  }

  @Test
  void routesAnOpmlFileSharedWithFeedImportAsFeedImportWithItsBytes() {
    List<IncomingMessage> routed = new CopyOnWriteArrayList<>();
    FileIntake intake =
        new FileIntake(
            feedRouter(routed),
            (url, max) -> {
              downloads.incrementAndGet();
              return "<opml/>".getBytes(StandardCharsets.UTF_8);
            });

    List<Reply> replies = intake.take(importing("feeds.opml"), "Ev0OPML");

    assertThat(texts(replies)).containsExactly("Imported feeds.opml.");
    assertThat(routed)
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("/feed import"));
    assertThat(routed.get(0).attachment().orElseThrow().content())
        .isEqualTo("<opml/>".getBytes(StandardCharsets.UTF_8));
    assertThat(downloads).hasValue(1);
  }

  @Test
  void passesANonOpmlFileToFeedImportByNameWithoutDownloadingIt() {
    List<IncomingMessage> routed = new CopyOnWriteArrayList<>();
    FileIntake intake = new FileIntake(feedRouter(routed), counting());

    intake.take(importing("story.txt"), "Ev0TXT");

    assertThat(routed.get(0).text()).isEqualTo("/feed import");
    assertThat(routed.get(0).attachment().orElseThrow().content()).isEmpty();
    assertThat(downloads).hasValue(0);
  }

  private static CommandRouter feedRouter(List<IncomingMessage> routed) {
    return new CommandRouter(
        List.of(
            new CommandSpec(
                "feed",
                "Follow feeds",
                (message, args) -> {
                  routed.add(message);
                  String name = message.attachment().orElseThrow().fileName();
                  return List.of(Reply.text("Imported " + name + "."));
                })),
        (message, text) -> List.of(Reply.text("A question")));
  }

  private static SharedFile importing(String name) {
    return new SharedFile(
        ChatAddress.of("slack", "D0ALICE"), "U0ALICE", "/feed import", name, 44, Optional.of(URL));
  }

  private FileDownloader counting() {
    return (url, max) -> {
      downloads.incrementAndGet();
      return new byte[0];
    };
  }

  private static SharedFile file(String name, long size) {
    return new SharedFile(
        ChatAddress.of("slack", "D0ALICE"), "U0ALICE", name, size, Optional.of(URL));
  }

  private static List<String> texts(List<Reply> replies) {
    return replies.stream().map(Reply::text).toList();
  }
}
