package dev.briefing.slack.rendering;

import dev.briefing.core.chat.SourceList;
import dev.briefing.core.chat.SourceList.Cite;
import dev.briefing.core.chat.SourceList.Source;
import dev.briefing.core.chat.TextFragments;
import dev.briefing.core.outbound.TextSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reply's sources as mrkdwn for context elements: "*Sources*", then one line per cited article,
 * {@code <url|Title>: <url#:~:text=…|[1]> sentence 16 · <…|[2]> sentence 17}, and under it, for a
 * citation the body does not quote, a line {@code [3] “the sentence”}. Cut between items into
 * elements of at most the limit each; a quote longer than that is shortened with an ellipsis. Pure.
 */
final class SlackSources {
  private SlackSources() {}

  /** The elements' mrkdwn, in order; empty when nothing is cited. */
  static List<String> elements(SourceList list, int limit) {
    List<String> elements = new ArrayList<>();
    if (list.isEmpty()) {
      return elements;
    }
    StringBuilder current = new StringBuilder("*Sources*");
    for (Source source : list.sources()) {
      Optional<String> linked = source.link().map(url -> link(url, source.title()) + ":");
      String plain = TextSplitter.truncate(source.title(), limit - 1, SlackRenderer::escape) + ":";
      add(elements, current, "\n", fitting(linked, plain, limit), limit);
      String separator = " ";
      for (Cite cite : source.cites()) {
        String where = " " + cite.where();
        Optional<String> marker = cite.link().map(url -> link(url, cite.marker()) + where);
        add(elements, current, separator, fitting(marker, cite.marker() + where, limit), limit);
        separator = " · ";
      }
      for (Cite cite : source.cites()) {
        if (!cite.quoted() && !cite.quote().isEmpty()) {
          add(elements, current, "\n", quote(cite, limit), limit);
        }
      }
    }
    elements.add(current.toString());
    return elements;
  }

  /** Appends an item, starting a new element (without the separator) when it would not fit. */
  private static void add(
      List<String> elements, StringBuilder current, String separator, String item, int limit) {
    if (current.length() > 0 && current.length() + separator.length() + item.length() > limit) {
      elements.add(current.toString());
      current.setLength(0);
    } else {
      current.append(separator);
    }
    current.append(item);
  }

  private static String quote(Cite cite, int limit) {
    String head = cite.marker() + " “";
    String text =
        TextSplitter.truncate(cite.quote(), limit - head.length() - 1, SlackRenderer::escape);
    return head + text + "”";
  }

  private static String fitting(Optional<String> preferred, String fallback, int limit) {
    return preferred.filter(mrkdwn -> mrkdwn.length() <= limit).orElse(fallback);
  }

  /**
   * A link Slack shows as {@code text}: the URL made safe, so it holds no {@code |}, {@code <},
   * {@code >} or space, with {@code &} escaped as Slack writes it; the text escaped.
   */
  private static String link(String url, String text) {
    String href = TextFragments.safe(url).replace("&", "&amp;");
    return "<" + href + "|" + SlackRenderer.escape(text) + ">";
  }
}
