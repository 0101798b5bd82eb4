package dev.briefing.core.store;

import java.util.Optional;

/**
 * The ETag and Last-Modified a server sent with a feed, kept in its {@link FeedState} and echoed
 * back as If-None-Match and If-Modified-Since on the next poll.
 */
public record CacheValidators(Optional<String> etag, Optional<String> lastModified) {
  public static final CacheValidators NONE =
      new CacheValidators(Optional.empty(), Optional.empty());

  public CacheValidators {
    etag = etag == null ? Optional.empty() : etag.filter(s -> !s.isBlank());
    lastModified = lastModified == null ? Optional.empty() : lastModified.filter(s -> !s.isBlank());
  }
}
