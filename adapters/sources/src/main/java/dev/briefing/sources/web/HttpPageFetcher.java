package dev.briefing.sources.web;

import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.HttpUrls;
import dev.briefing.core.store.CacheValidators;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link PageFetcher} on the JDK {@link HttpClient}. Redirects are followed here, not by the
 * client, so every hop is checked for its scheme, loops and the hop limit; the whole request, body
 * included, must finish within the request timeout.
 */
public final class HttpPageFetcher implements PageFetcher {
  private final HttpClient client;
  private final SourceSettings settings;
  private final AddressPolicy addresses;

  /**
   * A fetcher for any host, local ones included (tests, trusted links).
   *
   * @param client an HTTP client that does not follow redirects itself (see {@link
   *     #defaultClient(SourceSettings)})
   */
  public HttpPageFetcher(HttpClient client, SourceSettings settings) {
    this(client, settings, AddressPolicy.anyHost());
  }

  /**
   * @param addresses which hosts may be fetched, checked before the first request and every
   *     redirect; {@link AddressPolicy#publicOnly()} wherever chat users send links
   */
  public HttpPageFetcher(HttpClient client, SourceSettings settings, AddressPolicy addresses) {
    this.addresses = addresses;
    this.client = client;
    this.settings = settings;
  }

  /** A client with the connect timeout from {@code settings} and redirects left to us. */
  public static HttpClient defaultClient(SourceSettings settings) {
    return HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public FetchedPage fetch(URI url, CacheValidators validators) {
    URI current = checkScheme(url);
    addresses.check(current);
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(current)) {
        throw new BriefingException(url + " redirects in a loop (back to " + current + ")");
      }
      HttpResponse<byte[]> response =
          new HttpExchange(client, settings).send(request(current, validators));
      Optional<URI> next = redirectTarget(current, response);
      if (next.isEmpty()) {
        return page(current, response);
      }
      if (hop >= settings.maxRedirects()) {
        throw new BriefingException(
            url + " redirects too many times (more than " + settings.maxRedirects() + ")");
      }
      current = checkScheme(next.get());
      addresses.check(current);
    }
  }

  private HttpRequest request(URI url, CacheValidators validators) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(url)
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent())
            .header(
                "Accept",
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                    + "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
    validators.etag().ifPresent(v -> builder.header("If-None-Match", v));
    validators.lastModified().ifPresent(v -> builder.header("If-Modified-Since", v));
    return builder.GET().build();
  }

  private static Optional<URI> redirectTarget(URI current, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
      return Optional.empty();
    }
    String location =
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new BriefingException(
                        current + " answered with a redirect (" + status + ") but no Location"));
    try {
      return Optional.of(current.resolve(location.strip()));
    } catch (IllegalArgumentException e) {
      throw new BriefingException(current + " redirects to an invalid address: " + location);
    }
  }

  private static FetchedPage page(URI url, HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status != 304 && (status < 200 || status >= 300)) {
      throw new BriefingException(url + " answered HTTP " + status);
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    CacheValidators validators =
        new CacheValidators(
            response.headers().firstValue("ETag"), response.headers().firstValue("Last-Modified"));
    return new FetchedPage(
        url,
        status,
        ContentTypes.mediaType(contentType),
        ContentTypes.charset(contentType),
        response.body(),
        validators);
  }

  /**
   * Only web pages: file:, ftp:, javascript: and the like are refused before any request.
   *
   * @return {@code url}, an http or https link with a host
   * @throws BriefingException naming what is wrong with the link
   */
  public static URI checkScheme(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!HttpUrls.isHttpScheme(scheme)) {
      throw new BriefingException(
          "I only fetch http and https links, not "
              + (scheme.isEmpty() ? "\"" + url + "\"" : scheme + ": links"));
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new BriefingException(url + " has no host name");
    }
    return url;
  }

  /** Body subscriber choice per response: redirects and 304s are not worth reading. */
  static HttpResponse.BodyHandler<byte[]> bodyHandler(long maxBytes) {
    return info -> {
      int status = info.statusCode();
      if (status == 304 || (status >= 300 && status < 400) || status >= 400) {
        return BodySubscribers.replacing(new byte[0]);
      }
      return new CappedBodySubscriber(maxBytes);
    };
  }
}
