package dev.briefing.core.chat;

import dev.briefing.core.model.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources under a reply, one per cited article in the order each is first cited, so a title is
 * named once however many of its sentences the reply cites. Each citation keeps its footnote number
 * (its position in {@link Reply#citations()}, from 1, as the body's {@code [n]} markers count) and
 * says whether the body already quotes it; a renderer shows the sentence again only when it does
 * not, so no sentence is ever lost. Links are web links only, made {@link
 * TextFragments#safe(String) safe}. Pure.
 *
 * @param sources the cited articles, in first-cited order
 */
public record SourceList(List<Source> sources) {
  public SourceList {
    sources = List.copyOf(sources);
  }

  /** The sources of {@code reply}'s citations; empty when it cites nothing. */
  public static SourceList of(Reply reply) {
    Map<String, List<Cite>> cites = new LinkedHashMap<>();
    List<Citation> citations = reply.citations();
    for (int i = 0; i < citations.size(); i++) {
      Citation citation = citations.get(i);
      Optional<String> link = webLink(reply, citation.article());
      String quote = citation.text().strip();
      cites
          .computeIfAbsent(citation.article(), id -> new ArrayList<>())
          .add(
              new Cite(
                  i + 1,
                  citation.sentence(),
                  quote,
                  link.map(url -> TextFragments.link(url, quote)),
                  quotedIn(reply.text(), i + 1, quote)));
    }
    List<Source> sources = new ArrayList<>();
    cites.forEach(
        (article, list) -> {
          ArticleRef ref = reply.articles().get(article);
          String title = ref == null ? article : ref.title();
          sources.add(new Source(title, webLink(reply, article).map(TextFragments::safe), list));
        });
    return new SourceList(sources);
  }

  public boolean isEmpty() {
    return sources.isEmpty();
  }

  /**
   * Whether the body quotes the sentence and carries its marker: a marker alone (a digest numbering
   * its own way) or the sentence alone (quoted but not numbered) is not enough.
   */
  private static boolean quotedIn(String body, int number, String quote) {
    return !quote.isEmpty() && body.contains(quote) && body.contains("[" + number + "]");
  }

  private static Optional<String> webLink(Reply reply, String article) {
    ArticleRef ref = reply.articles().get(article);
    return ref == null ? Optional.empty() : ref.link().filter(ArticleRef::isWebLink);
  }

  /**
   * One cited article.
   *
   * @param title its headline, or its id when the reply does not name it
   * @param link its web link, if it has one
   * @param cites its citations, in footnote order
   */
  public record Source(String title, Optional<String> link, List<Cite> cites) {
    public Source {
      cites = List.copyOf(cites);
    }
  }

  /**
   * One citation.
   *
   * @param number its footnote number, as the body's marker {@code [number]}
   * @param sentence the sentence's number in the article
   * @param quote the sentence, stripped
   * @param link the article's link scrolling to the sentence, when the article has a web link
   * @param quoted whether the body quotes the sentence with its marker; when not, show the quote
   */
  public record Cite(
      int number, int sentence, String quote, Optional<String> link, boolean quoted) {
    /** The footnote marker, {@code [n]}. */
    public String marker() {
      return "[" + number + "]";
    }

    /** Where the sentence is, {@code sentence 16}. */
    public String where() {
      return "sentence " + sentence;
    }
  }
}
