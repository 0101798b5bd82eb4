package dev.briefing.sources.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The readable part of a web page.
 *
 * @param url where it was fetched from (after redirects)
 * @param canonicalUrl the page's own preferred address ({@code rel=canonical}, {@code og:url}), or
 *     {@code url} when it names none
 * @param title the headline
 * @param byline who wrote it, when the page says
 * @param published when it was published, when the page says
 * @param paragraphs the body text, one entry per paragraph, without the title
 */
public record ExtractedArticle(
    URI url,
    URI canonicalUrl,
    String title,
    Optional<String> byline,
    Optional<Instant> published,
    List<String> paragraphs) {
  public ExtractedArticle {
    if (url == null) {
      throw new IllegalArgumentException("url must not be null");
    }
    canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    byline = byline == null ? Optional.empty() : byline.filter(b -> !b.isBlank());
    published = published == null ? Optional.empty() : published;
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("paragraphs must not be empty");
    }
  }
}
