package dev.briefing.slack.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.ChatAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SharedFileTest {
  @Test
  void feedImportAloneImportsFeeds() {
    assertThat(shared("/feed import", "feeds.opml").command()).isEqualTo(SharedFile.IMPORT);
    assertThat(shared("  /FEED   Import ", "feeds.opml").command()).isEqualTo(SharedFile.IMPORT);
  }

  @Test
  void otherWordsOrNoneAddAnArticle() {
    assertThat(shared("", "story.txt").command()).isEqualTo(SharedFile.ADD);
    assertThat(shared("please add this", "story.txt").command()).isEqualTo(SharedFile.ADD);
    assertThat(shared("/feed import now", "feeds.opml").command()).isEqualTo(SharedFile.ADD);
    assertThat(shared("/feed list", "feeds.opml").command()).isEqualTo(SharedFile.ADD);
  }

  @Test
  void downloadsOnlyWhatItsCommandReads() {
    assertThat(shared("/feed import", "feeds.opml").worthDownloading()).isTrue();
    assertThat(shared("/feed import", "subscriptions.xml").worthDownloading()).isTrue();
    assertThat(shared("/feed import", "story.txt").worthDownloading()).isFalse();
    assertThat(shared("", "feeds.opml").worthDownloading()).isFalse();
    assertThat(shared("", "story.txt").worthDownloading()).isTrue();
  }

  private static SharedFile shared(String text, String name) {
    return new SharedFile(
        ChatAddress.of("slack", "D0ALICE"), "U0ALICE", text, name, 100, Optional.empty());
  }
}
