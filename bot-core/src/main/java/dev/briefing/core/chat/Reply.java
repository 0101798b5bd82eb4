package dev.briefing.core.chat;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A platform-neutral reply. Renderers turn it into a platform message, escaping the text and
 * listing the citations as sources.
 *
 * @param text the body a user reads
 * @param citations the sentences the body quotes
 * @param articles the headline and link of each cited article, by article id, so renderers name the
 *     article rather than its id; may be empty
 * @param buttons rows of buttons under the reply, for platforms that show them (Telegram inline
 *     keyboards, Slack actions); text-only platforms ignore them, so every button's action must
 *     also be a command the reply's text or the help teaches
 * @param file a file sent with the reply, e.g. {@code /feed export}'s OPML; platforms that cannot
 *     send files save it and say where
 */
public record Reply(
    String text,
    List<Citation> citations,
    Map<String, ArticleRef> articles,
    List<List<Button>> buttons,
    Optional<OutgoingFile> file) {
  public Reply {
    if (text == null) {
      throw new IllegalArgumentException("text must not be null");
    }
    citations = List.copyOf(citations);
    articles = articles == null ? Map.of() : Map.copyOf(articles);
    buttons =
        buttons == null
            ? List.of()
            : buttons.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    file = file == null ? Optional.empty() : file;
  }

  /** A reply without a file. */
  public Reply(
      String text,
      List<Citation> citations,
      Map<String, ArticleRef> articles,
      List<List<Button>> buttons) {
    this(text, citations, articles, buttons, Optional.empty());
  }

  /** A reply without buttons. */
  public Reply(String text, List<Citation> citations, Map<String, ArticleRef> articles) {
    this(text, citations, articles, List.of());
  }

  /** A reply whose citations name articles by id. */
  public Reply(String text, List<Citation> citations) {
    this(text, citations, Map.of());
  }

  /** A copy naming the cited articles by headline and link. */
  public Reply withArticles(Map<String, ArticleRef> articles) {
    return new Reply(text, citations, articles, buttons, file);
  }

  /** A copy naming each cited article among {@code candidates} by its headline and link. */
  public Reply naming(Collection<Article> candidates) {
    Map<String, ArticleRef> refs = new HashMap<>(articles);
    for (Article article : candidates) {
      if (citations.stream().anyMatch(c -> c.article().equals(article.id()))) {
        refs.put(article.id(), ArticleRef.of(article));
      }
    }
    return withArticles(refs);
  }

  /** A copy with {@code buttons} (rows) in place of any it had. */
  public Reply withButtons(List<List<Button>> buttons) {
    return new Reply(text, citations, articles, buttons, file);
  }

  /** A copy with other text, keeping citations, articles and buttons. */
  public Reply withText(String text) {
    return new Reply(text, citations, articles, buttons, file);
  }

  /** A copy carrying {@code file}. */
  public Reply withFile(OutgoingFile file) {
    return new Reply(text, citations, articles, buttons, Optional.of(file));
  }

  /** How to name the article of {@code citation}: its headline and link, else its id. */
  public String articleLabel(Citation citation) {
    ArticleRef ref = articles.get(citation.article());
    return ref == null ? citation.article() : ref.label();
  }

  public static Reply text(String text) {
    return new Reply(text, List.of());
  }

  public static Reply of(Answer answer) {
    return new Reply(answer.text(), answer.citations());
  }
}
