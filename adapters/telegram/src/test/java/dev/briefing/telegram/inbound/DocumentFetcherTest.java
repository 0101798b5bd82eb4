package dev.briefing.telegram.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Attachment;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.telegram.Fixtures;
import dev.briefing.telegram.files.FileDownloader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class DocumentFetcherTest {
  private final TelegramMapper mapper = new TelegramMapper(Fixtures.BOT);
  private final List<String> downloads = new CopyOnWriteArrayList<>();

  private FileDownloader serving(String content) {
    return (fileId, maxBytes) -> {
      downloads.add(fileId + " max " + maxBytes);
      return content.getBytes(StandardCharsets.UTF_8);
    };
  }

  private static AddressedMessage mapped(TelegramMapper mapper, String fixture) {
    return mapper.map(Fixtures.update(fixture)).orElseThrow();
  }

  @Test
  void attachesTheDownloadedFileUnderItsName() {
    DocumentFetcher fetcher = new DocumentFetcher(serving("Harbour reopens\n\nIt reopens."));

    IncomingMessage message = fetcher.attach(mapped(mapper, "private-document"), 1020);

    Attachment file = message.attachment().orElseThrow();
    assertThat(file.fileName()).isEqualTo("story.txt");
    assertThat(new String(file.content(), StandardCharsets.UTF_8))
        .isEqualTo("Harbour reopens\n\nIt reopens.");
    assertThat(message.text()).isEqualTo("/add");
    assertThat(downloads).containsExactly("BQACAgQAAxkBAAIBc2 max " + Attachment.MAX_BYTES);
  }

  @Test
  void refusesAnOversizedFileWithoutDownloadingIt() {
    DocumentFetcher fetcher = new DocumentFetcher(serving("never"));

    assertThatThrownBy(() -> fetcher.attach(mapped(mapper, "private-document-oversized"), 1024))
        .isInstanceOf(BriefingException.class)
        .hasMessage("That file is larger than 5 MB; send a link or the text instead.");
    assertThat(downloads).isEmpty();
  }

  @Test
  void refusesAFileThatTurnsOutLargerWhileDownloading() {
    DocumentFetcher fetcher =
        new DocumentFetcher(
            (fileId, maxBytes) -> {
              throw new FileDownloader.TooLarge(maxBytes);
            });

    assertThatThrownBy(() -> fetcher.attach(mapped(mapper, "private-document"), 1020))
        .hasMessage(DocumentFetcher.TOO_LARGE);
  }

  @Test
  void leavesAnUnreadableKindToTheCoreWithoutDownloadingIt() {
    DocumentFetcher fetcher = new DocumentFetcher(serving("never"));
    AddressedMessage pdf =
        mapper
            .map(
                Fixtures.parse(Fixtures.json("private-document").replace("story.txt", "story.pdf")))
            .orElseThrow();

    Attachment file = fetcher.attach(pdf, 1020).attachment().orElseThrow();

    assertThat(file.fileName()).isEqualTo("story.pdf");
    assertThat(file.content()).isEmpty();
    assertThat(downloads).isEmpty();
  }

  @Test
  void repliesShortlyWhenTheDownloadFails() {
    DocumentFetcher fetcher =
        new DocumentFetcher(
            (fileId, maxBytes) -> {
              throw new IOException("getFile failed: [400] Bad Request: invalid file_id");
            });

    assertThatThrownBy(() -> fetcher.attach(mapped(mapper, "private-document"), 1020))
        .isInstanceOf(BriefingException.class)
        .hasMessage("I could not download that file; please try again.");
  }

  @Test
  void passesAMessageWithoutADocumentAsItIs() {
    AddressedMessage question = mapped(mapper, "private-question");

    assertThat(new DocumentFetcher(serving("never")).attach(question, 1001))
        .isSameAs(question.message());
  }
}
