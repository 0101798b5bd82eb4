package dev.briefing.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpUrlsTest {
  @Test
  void acceptsHttpAndHttpsWithAHostInAnyCase() {
    assertThat(HttpUrls.parse("https://example.com/feed.xml")).isPresent();
    assertThat(HttpUrls.parse(" HTTP://Example.com ")).contains(URI.create("HTTP://Example.com"));
  }

  @Test
  void refusesOtherSchemesMissingHostsAndNonsense() {
    assertThat(HttpUrls.parse("ftp://example.com/x")).isEmpty();
    assertThat(HttpUrls.parse("file:///etc/passwd")).isEmpty();
    assertThat(HttpUrls.parse("https:///no-host")).isEmpty();
    assertThat(HttpUrls.parse("not a url")).isEmpty();
    assertThat(HttpUrls.parse("example.com")).isEmpty();
    assertThat(HttpUrls.parse(null)).isEmpty();
    assertThat(HttpUrls.isHttp(null)).isFalse();
  }
}
