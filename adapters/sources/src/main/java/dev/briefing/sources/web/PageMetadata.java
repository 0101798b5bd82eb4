package dev.briefing.sources.web;

import dev.briefing.core.ingest.HttpUrls;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What a page's head says about the article: its link, title, author and date. */
record PageMetadata(
    URI canonicalUrl,
    Optional<String> title,
    Optional<String> byline,
    Optional<Instant> published) {

  static PageMetadata of(Document doc, URI url) {
    return new PageMetadata(canonical(doc, url), title(doc), byline(doc), published(doc));
  }

  private static URI canonical(Document doc, URI url) {
    for (String candidate :
        List.of(
            attr(doc, "link[rel=canonical][href]", "abs:href"),
            attr(doc, "meta[property=og:url][content]", "content"))) {
      if (candidate.isBlank()) {
        continue;
      }
      try {
        URI uri = url.resolve(candidate.strip());
        if (HttpUrls.isHttp(uri)) {
          return uri;
        }
      } catch (IllegalArgumentException e) {
        // a malformed canonical link: the page's own address is the better source
      }
    }
    return url;
  }

  private static Optional<String> title(Document doc) {
    return first(
        attr(doc, "meta[property=og:title]", "content"),
        attr(doc, "meta[name=twitter:title]", "content"));
  }

  private static Optional<String> byline(Document doc) {
    Element rel = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], .byline");
    return first(
        attr(doc, "meta[name=author]", "content"),
        attr(doc, "meta[property=article:author]", "content").startsWith("http")
            ? ""
            : attr(doc, "meta[property=article:author]", "content"),
        rel == null ? "" : rel.text());
  }

  private static Optional<Instant> published(Document doc) {
    for (String candidate :
        List.of(
            attr(doc, "meta[property=article:published_time]", "content"),
            attr(doc, "meta[itemprop=datePublished]", "content"),
            attr(doc, "meta[name=date]", "content"),
            attr(doc, "meta[name=dc.date]", "content"),
            attr(doc, "time[datetime]", "datetime"))) {
      Optional<Instant> instant = parseInstant(candidate);
      if (instant.isPresent()) {
        return instant;
      }
    }
    return Optional.empty();
  }

  static Optional<Instant> parseInstant(String s) {
    String text = s.strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      // not a full timestamp; try a bare date
    }
    try {
      return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element e = doc.selectFirst(selector);
    return e == null ? "" : e.attr(attribute);
  }

  private static Optional<String> first(String... candidates) {
    for (String c : candidates) {
      String clean = c.replaceAll("[\\s\u00A0]+", " ").strip();
      if (!clean.isEmpty()) {
        return Optional.of(clean);
      }
    }
    return Optional.empty();
  }
}
