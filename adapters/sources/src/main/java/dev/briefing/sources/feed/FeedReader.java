package dev.briefing.sources.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.HttpUrls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Parses RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome. */
public final class FeedReader {

  /**
   * Parses feed bytes; the encoding comes from the XML prolog or byte-order mark.
   *
   * @param feedUrl the feed's address, to resolve relative item links
   * @throws BriefingException when the bytes are not a feed
   */
  public List<FeedItem> read(URI feedUrl, byte[] xml) {
    return parse(feedUrl, xml).items();
  }

  /**
   * As {@link #read}, with the feed's own title.
   *
   * @throws BriefingException when the bytes are not a feed
   */
  public FeedDocument parse(URI feedUrl, byte[] xml) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setPreserveWireFeed(true); // Rome hides a missing RSS guid behind the link otherwise
      feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new BriefingException(feedUrl + " is not an RSS or Atom feed: " + e.getMessage(), e);
    }
    List<FeedItem> items = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      item(feedUrl, entry).ifPresent(items::add);
    }
    return new FeedDocument(Optional.ofNullable(feed.getTitle()).map(FeedReader::text), items);
  }

  private static Optional<FeedItem> item(URI feedUrl, SyndEntry entry) {
    Optional<String> guid = guid(entry);
    Optional<URI> link = link(feedUrl, entry.getLink());
    String title = entry.getTitle() == null ? "" : text(entry.getTitle());
    List<String> paragraphs = paragraphs(entry);
    if (guid.isEmpty() && link.isEmpty() && title.isEmpty() && paragraphs.isEmpty()) {
      return Optional.empty(); // nothing to remember it by, nothing to read
    }
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return Optional.of(
        new FeedItem(
            guid, link, title, paragraphs, Optional.ofNullable(date).map(Date::toInstant)));
  }

  private static Optional<String> guid(SyndEntry entry) {
    Object wire = entry.getWireEntry();
    if (wire instanceof Item item) {
      return Optional.ofNullable(item.getGuid()).map(g -> g.getValue());
    }
    if (wire instanceof Entry atom) {
      return Optional.ofNullable(atom.getId());
    }
    return Optional.ofNullable(entry.getUri());
  }

  private static Optional<URI> link(URI feedUrl, String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    try {
      URI uri = feedUrl.resolve(link.strip());
      return HttpUrls.isHttpScheme(uri.getScheme()) ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The full content when the feed carries it, else the description; markup removed. */
  private static List<String> paragraphs(SyndEntry entry) {
    String html =
        entry.getContents().stream()
            .map(SyndContent::getValue)
            .filter(v -> v != null && !v.isBlank())
            .findFirst()
            .orElse(entry.getDescription() == null ? "" : entry.getDescription().getValue());
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select("p, li, blockquote, h2, h3")) {
      if (block.select("p, li, blockquote, h2, h3").size() == 1) {
        addClean(paragraphs, block.text());
      }
    }
    if (paragraphs.isEmpty()) {
      addClean(paragraphs, body.text());
    }
    return paragraphs;
  }

  private static String text(String s) {
    return Jsoup.parseBodyFragment(s).body().text().replaceAll("[\\s\u00A0]+", " ").strip();
  }

  private static void addClean(List<String> paragraphs, String text) {
    String clean = text.replaceAll("[\\s\u00A0]+", " ").strip();
    if (!clean.isEmpty()) {
      paragraphs.add(clean);
    }
  }
}
