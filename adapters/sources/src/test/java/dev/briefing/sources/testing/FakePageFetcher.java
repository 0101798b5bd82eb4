package dev.briefing.sources.testing;

import dev.briefing.core.BriefingException;
import dev.briefing.core.store.CacheValidators;
import dev.briefing.sources.web.FetchedPage;
import dev.briefing.sources.web.PageFetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Serves canned responses by URL and records the validators each request carried. */
public final class FakePageFetcher implements PageFetcher {
  private final Map<URI, FetchedPage> pages = new HashMap<>();
  private final Map<URI, String> failures = new HashMap<>();
  private final Map<URI, RuntimeException> crashes = new HashMap<>();
  private final List<CacheValidators> sentValidators = new ArrayList<>();
  private final List<URI> requested = new ArrayList<>();

  public FakePageFetcher serve(URI url, String mediaType, byte[] body) {
    failures.remove(url);
    pages.put(url, FetchedPage.ok(url, mediaType, Optional.empty(), body));
    return this;
  }

  public FakePageFetcher serve(URI url, String mediaType, String body) {
    return serve(url, mediaType, body.getBytes(StandardCharsets.UTF_8));
  }

  public FakePageFetcher serveFeed(URI url, byte[] body, String etag) {
    failures.remove(url);
    pages.put(
        url,
        new FetchedPage(
            url,
            200,
            "application/rss+xml",
            Optional.empty(),
            body,
            new CacheValidators(Optional.of(etag), Optional.empty())));
    return this;
  }

  public FakePageFetcher fail(URI url, String message) {
    failures.put(url, message);
    return this;
  }

  public FakePageFetcher crash(URI url, RuntimeException e) {
    crashes.put(url, e);
    return this;
  }

  /** The validators each request carried, in order. */
  public List<CacheValidators> sentValidators() {
    return sentValidators;
  }

  /** Every URL requested, in order. */
  public List<URI> requested() {
    return requested;
  }

  @Override
  public FetchedPage fetch(URI url, CacheValidators validators) {
    requested.add(url);
    sentValidators.add(validators);
    if (crashes.containsKey(url)) {
      throw crashes.get(url);
    }
    if (failures.containsKey(url)) {
      throw new BriefingException(failures.get(url));
    }
    FetchedPage page = pages.get(url);
    if (page == null) {
      throw new BriefingException(url + " answered HTTP 404");
    }
    if (page.validators().etag().isPresent()
        && page.validators().etag().equals(validators.etag())) {
      return new FetchedPage(url, 304, "", Optional.empty(), new byte[0], page.validators());
    }
    return page;
  }
}
