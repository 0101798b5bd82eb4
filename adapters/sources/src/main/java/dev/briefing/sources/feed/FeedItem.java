package dev.briefing.sources.feed;

import dev.briefing.core.ingest.ContentHash;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One RSS item or Atom entry.
 *
 * @param guid the RSS guid or Atom id, if the feed gives one
 * @param link the article's link, if any
 * @param title the item's title (may be empty: RSS allows items with only a description)
 * @param paragraphs the item's own text (content, else description), as plain paragraphs
 * @param published when it was published or last updated, if the feed says
 */
public record FeedItem(
    Optional<String> guid,
    Optional<URI> link,
    String title,
    List<String> paragraphs,
    Optional<Instant> published) {
  public FeedItem {
    guid = guid == null ? Optional.empty() : guid.map(String::strip).filter(g -> !g.isEmpty());
    link = link == null ? Optional.empty() : link;
    title = title == null ? "" : title.strip();
    paragraphs = List.copyOf(paragraphs);
    published = published == null ? Optional.empty() : published;
    if (guid.isEmpty() && link.isEmpty() && title.isEmpty() && paragraphs.isEmpty()) {
      throw new IllegalArgumentException("a feed item needs a guid, link, title or text");
    }
  }

  /**
   * The keys this item is remembered by: its guid, its link and a hash of its title and text. An
   * item is new only when none of them was seen, so a feed that rewrites an item's guid, or repeats
   * the same story under another link, does not send it twice.
   */
  public List<String> dedupKeys() {
    List<String> keys = new ArrayList<>(3);
    guid.ifPresent(g -> keys.add("guid:" + g));
    link.ifPresent(l -> keys.add("link:" + l));
    keys.add("hash:" + contentHash());
    return keys;
  }

  /**
   * SHA-256 of the title and text, whitespace-normalised, so re-serialised markup still matches.
   */
  public String contentHash() {
    String content = (title + "\n" + String.join("\n", paragraphs)).replaceAll("\\s+", " ").strip();
    return ContentHash.sha256Hex(content, 16);
  }
}
