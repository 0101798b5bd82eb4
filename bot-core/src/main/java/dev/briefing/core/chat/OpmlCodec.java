package dev.briefing.core.chat;

import java.util.List;

/**
 * Port: reads and writes OPML, the file format feed readers exchange subscriptions in, for {@code
 * /feed import} and {@code /feed export}. The sources adapter implements it with an XML parser that
 * never resolves external entities or DTDs. Implementations are thread-safe.
 */
public interface OpmlCodec {
  /** The media type of the files {@link #write} makes. */
  String MEDIA_TYPE = "text/x-opml";

  /**
   * Every outline with an {@code xmlUrl}, nested ones too, in document order.
   *
   * @throws dev.briefing.core.BriefingException saying why, when the bytes are not XML, not OPML,
   *     or declare a DTD or entities (refused unread)
   */
  List<OpmlFeed> read(byte[] opml);

  /** An OPML 2.0 document titled {@code title} listing {@code feeds}, UTF-8. */
  byte[] write(String title, List<OpmlFeed> feeds);
}
