package dev.briefing.sources.web;

import dev.briefing.core.store.CacheValidators;
import java.net.URI;

/**
 * Fetches one http(s) URL, following redirects, within the configured size and time limits.
 * Implementations throw {@link dev.briefing.core.BriefingException} with a message for the user
 * when the page cannot be fetched.
 */
public interface PageFetcher {
  /**
   * Fetches {@code url}, sending {@code validators} as If-None-Match / If-Modified-Since.
   *
   * @return the page, or a 304 page when the server says nothing changed
   */
  FetchedPage fetch(URI url, CacheValidators validators);

  /** An unconditional fetch. */
  default FetchedPage fetch(URI url) {
    return fetch(url, CacheValidators.NONE);
  }
}
