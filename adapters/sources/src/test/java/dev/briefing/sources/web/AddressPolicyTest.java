package dev.briefing.sources.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {
  private final AddressPolicy publicOnly = AddressPolicy.publicOnly();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:8080/admin",
        "http://localhost/",
        "http://10.0.0.5/",
        "http://192.168.1.1/router",
        "http://172.16.3.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://0.0.0.0/",
      })
  void refusesLoopbackPrivateAndLinkLocalHosts(String url) {
    assertThatThrownBy(() -> publicOnly.check(URI.create(url)))
        .isInstanceOf(BriefingException.class)
        .hasMessageStartingWith("I don't fetch links on private or local networks");
  }

  @Test
  void allowsAPublicAddress() {
    assertThatCode(() -> publicOnly.check(URI.create("http://93.184.215.14/news")))
        .doesNotThrowAnyException();
  }

  @Test
  void aFetcherWithThePolicyRefusesBeforeAnyRequest() {
    var settings = SourceSettings.defaults();
    var fetcher =
        new HttpPageFetcher(HttpPageFetcher.defaultClient(settings), settings, publicOnly);

    assertThatThrownBy(() -> fetcher.fetch(URI.create("http://127.0.0.1:9/secret")))
        .hasMessageStartingWith("I don't fetch links on private or local networks");
  }
}
