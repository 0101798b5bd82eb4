package dev.briefing.slack.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Downloads files shared with the bot on the JDK HttpClient, with the bot token as a Bearer token.
 * The token only goes to the Slack API's own domain and its subdomains ({@code files.slack.com} for
 * {@code https://slack.com/api/}), over https unless the configured API URL itself is plain http (a
 * local fake); a file elsewhere is refused. Redirects are followed by hand, at most {@value
 * #MAX_REDIRECTS}, and the token is not sent along to another host. Never logs the token. Public
 * for {@code SlackBot}, which wires it; not for the app.
 */
public final class SlackFileDownloader implements FileDownloader {
  static final int MAX_REDIRECTS = 3;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String botToken;
  private final URI apiUrl;

  public SlackFileDownloader(String botToken, URI apiUrl) {
    this.botToken = botToken;
    this.apiUrl = apiUrl;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER) // by hand, to keep the token on Slack
            .build();
  }

  @Override
  public byte[] download(URI url, long maxBytes) throws IOException {
    if (!trusted(url)) {
      throw new IOException("refused to send the bot token to " + url.getHost());
    }
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<InputStream> response = get(current);
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status / 100 == 3) {
          current = next(current, response);
          continue;
        }
        if (status != 200) {
          throw new IOException("HTTP " + status + " from " + current.getHost());
        }
        OptionalLong length = response.headers().firstValueAsLong("Content-Length");
        if (length.isPresent() && length.getAsLong() > maxBytes) {
          throw new FileTooLargeException(maxBytes);
        }
        return readAtMost(body, maxBytes);
      }
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url.getHost());
  }

  /** Whether the bot token may be sent there. */
  boolean trusted(URI url) {
    String host = url.getHost();
    String apiHost = apiUrl.getHost();
    if (host == null || apiHost == null || url.getScheme() == null) {
      return false;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    boolean secure = scheme.equals("https") || scheme.equals(apiUrl.getScheme());
    host = host.toLowerCase(Locale.ROOT);
    apiHost = apiHost.toLowerCase(Locale.ROOT);
    return secure && (host.equals(apiHost) || host.endsWith("." + apiHost));
  }

  private HttpResponse<InputStream> get(URI url) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET();
    if (trusted(url)) {
      request.header("Authorization", "Bearer " + botToken);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading from " + url.getHost(), e);
    }
  }

  private static URI next(URI current, HttpResponse<?> response) throws IOException {
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty()) {
      throw new IOException("HTTP " + response.statusCode() + " without a Location");
    }
    URI next = current.resolve(location.get());
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IOException("redirected to an unsupported scheme: " + scheme);
    }
    return next;
  }

  private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new FileTooLargeException(maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
