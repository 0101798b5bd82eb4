package dev.briefing.core.chat;

import java.util.Optional;

/**
 * One feed of an OPML file: an {@code outline} with an {@code xmlUrl}.
 *
 * @param xmlUrl the feed's address as the file gives it, not yet checked
 * @param title the outline's title or text, when it has one
 * @param htmlUrl the site the feed belongs to, when known
 */
public record OpmlFeed(String xmlUrl, Optional<String> title, Optional<String> htmlUrl) {
  public OpmlFeed {
    if (xmlUrl == null) {
      throw new IllegalArgumentException("xmlUrl must not be null");
    }
    xmlUrl = xmlUrl.strip();
    title = title == null ? Optional.empty() : title.map(String::strip).filter(t -> !t.isEmpty());
    htmlUrl =
        htmlUrl == null ? Optional.empty() : htmlUrl.map(String::strip).filter(t -> !t.isEmpty());
  }

  /** A feed known by its address only. */
  public static OpmlFeed of(String xmlUrl) {
    return new OpmlFeed(xmlUrl, Optional.empty(), Optional.empty());
  }
}
