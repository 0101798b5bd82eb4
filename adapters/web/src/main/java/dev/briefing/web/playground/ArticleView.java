package dev.briefing.web.playground;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.core.model.QuotedSpeaker;
import dev.briefing.core.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article as the playground shows it: its paragraphs of numbered sentences, each with the answer
 * markers that cite it ({@code [1]}, {@code [2]}) and the speakers who speak in it.
 *
 * @param id the article id
 * @param title its title
 * @param source where it came from, or ""
 * @param paragraphs its paragraphs in order; the headline's is marked
 */
public record ArticleView(String id, String title, String source, List<Paragraph> paragraphs) {
  /** A paragraph: the headline (paragraph 0) or body text. */
  public record Paragraph(boolean headline, List<SentenceView> sentences) {}

  /**
   * One sentence.
   *
   * @param number its 1-based number in the article
   * @param text the sentence, verbatim (escaped by the template)
   * @param markers the numbers of the answer's citations that quote it, in order
   * @param speakers the numbers of the speakers (1-based) who speak in it
   */
  public record SentenceView(
      int number, String text, List<Integer> markers, List<Integer> speakers) {
    public boolean cited() {
      return !markers.isEmpty();
    }

    public boolean spoken() {
      return !speakers.isEmpty();
    }
  }

  /**
   * The article with the answer's citations ({@code [n]} is the n-th) and the speakers (numbered
   * from 1 in the order given) marked on their sentences.
   */
  public static ArticleView of(
      Article article, List<Citation> citations, List<QuotedSpeaker> speakers) {
    Map<Integer, List<Integer>> markers = new TreeMap<>();
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      if (c.article().equals(article.id())) {
        markers.computeIfAbsent(c.sentence(), k -> new ArrayList<>()).add(i + 1);
      }
    }
    Map<Integer, List<Integer>> spoken = new TreeMap<>();
    for (int i = 0; i < speakers.size(); i++) {
      for (int n : speakers.get(i).sentences()) {
        spoken.computeIfAbsent(n, k -> new ArrayList<>()).add(i + 1);
      }
    }
    Map<Integer, List<SentenceView>> byParagraph = new TreeMap<>();
    for (Sentence s : article.sentences()) {
      byParagraph
          .computeIfAbsent(s.paragraph(), k -> new ArrayList<>())
          .add(
              new SentenceView(
                  s.number(),
                  s.text(),
                  markers.getOrDefault(s.number(), List.of()),
                  spoken.getOrDefault(s.number(), List.of())));
    }
    List<Paragraph> paragraphs = new ArrayList<>();
    byParagraph.forEach((index, sentences) -> paragraphs.add(new Paragraph(index == 0, sentences)));
    return new ArticleView(
        article.id(), article.title(), article.source().orElse(""), List.copyOf(paragraphs));
  }

  /** Whether the article's own first paragraph is its headline (else the title is shown). */
  public boolean hasHeadline() {
    return !paragraphs.isEmpty() && paragraphs.get(0).headline();
  }
}
