package dev.briefing.slack.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK HttpClient downloader against a local server standing in for files.slack.com. */
class SlackFileDownloaderIT {
  private static final String TOKEN = "xoxb-secret";

  private final MockWebServer files = new MockWebServer();
  private SlackFileDownloader downloader;

  @BeforeEach
  void start() throws IOException {
    files.start(InetAddress.getByName("127.0.0.1"), 0);
    downloader = new SlackFileDownloader(TOKEN, URI.create(url("/api/")));
  }

  @AfterEach
  void stop() throws IOException {
    files.shutdown();
  }

  @Test
  void downloadsWithTheBotTokenFollowingARedirectOnTheSameHost() throws Exception {
    files.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/real/story.txt"));
    files.enqueue(new MockResponse().setBody("The story."));

    byte[] content = downloader.download(URI.create(url("/files-pri/story.txt")), 100);

    assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("The story.");
    assertThat(files.takeRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    RecordedRequest redirected = files.takeRequest();
    assertThat(redirected.getPath()).isEqualTo("/real/story.txt");
    assertThat(redirected.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void doesNotCarryTheTokenToAnotherHostItIsRedirectedTo() throws Exception {
    String elsewhere = "http://localhost:" + files.getPort() + "/cdn/story.txt";
    files.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", elsewhere));
    files.enqueue(new MockResponse().setBody("The story."));

    downloader.download(URI.create(url("/files-pri/story.txt")), 100);

    files.takeRequest();
    assertThat(files.takeRequest().getHeader("Authorization")).isNull();
  }

  @Test
  void refusesToSendTheTokenToAHostThatIsNotSlacks() {
    URI elsewhere = URI.create("http://localhost:" + files.getPort() + "/story.txt");

    assertThatThrownBy(() -> downloader.download(elsewhere, 100))
        .isInstanceOf(IOException.class)
        .hasMessageNotContaining(TOKEN);
    assertThat(files.getRequestCount()).isZero();
  }

  @Test
  void trustsOnlySlacksDomainOverHttps() {
    SlackFileDownloader real = new SlackFileDownloader(TOKEN, URI.create("https://slack.com/api/"));

    assertThat(real.trusted(URI.create("https://files.slack.com/files-pri/T-F/a.txt"))).isTrue();
    assertThat(real.trusted(URI.create("http://files.slack.com/files-pri/T-F/a.txt"))).isFalse();
    assertThat(real.trusted(URI.create("https://files.slack.com.evil.example/a.txt"))).isFalse();
    assertThat(real.trusted(URI.create("https://evilslack.com/a.txt"))).isFalse();
  }

  @Test
  void stopsAtTheSizeCapAndAfterAFewRedirects() {
    files.enqueue(new MockResponse().setBody("x".repeat(101)));
    URI story = URI.create(url("/files-pri/story.txt"));

    assertThatThrownBy(() -> downloader.download(story, 100))
        .isInstanceOf(FileDownloader.FileTooLargeException.class);

    for (int i = 0; i <= SlackFileDownloader.MAX_REDIRECTS; i++) {
      files.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/again"));
    }
    assertThatThrownBy(() -> downloader.download(story, 100)).hasMessageContaining("redirects");
  }

  private String url(String path) {
    return "http://127.0.0.1:" + files.getPort() + path;
  }
}
