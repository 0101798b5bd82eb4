package dev.briefing.sources;

import java.util.Optional;

/** The ETag and Last-Modified a server sent, echoed back as If-None-Match and If-Modified-Since. */
public record CacheValidators(Optional<String> etag, Optional<String> lastModified) {
  public static final CacheValidators NONE =
      new CacheValidators(Optional.empty(), Optional.empty());

  public CacheValidators {
    etag = etag == null ? Optional.empty() : etag.filter(s -> !s.isBlank());
    lastModified = lastModified == null ? Optional.empty() : lastModified.filter(s -> !s.isBlank());
  }
}
