package dev.briefing.sources.web;

import dev.briefing.core.store.CacheValidators;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * A response after redirects.
 *
 * @param url the final URL, after redirects
 * @param status 200 for a body, 304 when the cached copy is still current
 * @param mediaType the Content-Type without parameters, lower case ({@code text/html}); empty
 *     string when the server sent none
 * @param charset the charset the Content-Type header names, if any
 * @param body the raw bytes (empty for 304)
 * @param validators the ETag and Last-Modified for the next conditional request
 */
public record FetchedPage(
    URI url,
    int status,
    String mediaType,
    Optional<Charset> charset,
    byte[] body,
    CacheValidators validators) {
  public FetchedPage {
    if (url == null) {
      throw new IllegalArgumentException("url must not be null");
    }
    mediaType = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).strip();
    charset = charset == null ? Optional.empty() : charset;
    body = body == null ? new byte[0] : body;
    validators = validators == null ? CacheValidators.NONE : validators;
  }

  /** A 200 response with a body. */
  public static FetchedPage ok(URI url, String mediaType, Optional<Charset> charset, byte[] body) {
    return new FetchedPage(url, 200, mediaType, charset, body, CacheValidators.NONE);
  }

  /** True for 304 Not Modified: nothing changed since the validators were issued. */
  public boolean notModified() {
    return status == 304;
  }
}
