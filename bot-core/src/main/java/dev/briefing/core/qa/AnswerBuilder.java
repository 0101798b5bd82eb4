package dev.briefing.core.qa;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import java.util.ArrayList;
import java.util.List;

/** Builds answer text from article sentences, each followed by its footnote number. */
public final class AnswerBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Citation> citations = new ArrayList<>();

  public AnswerBuilder line(String line) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append(line);
    return this;
  }

  /** Adds a sentence verbatim with a footnote; a sentence cited twice keeps its first number. */
  public AnswerBuilder cite(Article article, int sentence) {
    Citation c = Citation.of(article, sentence);
    int index = citations.indexOf(c);
    if (index < 0) {
      citations.add(c);
      index = citations.size() - 1;
    }
    return line(c.text() + " [" + (index + 1) + "]");
  }

  /** Whether this sentence is already cited. */
  public boolean cites(Article article, int sentence) {
    return citations.stream()
        .anyMatch(c -> c.article().equals(article.id()) && c.sentence() == sentence);
  }

  public boolean isEmpty() {
    return citations.isEmpty();
  }

  public Answer build() {
    return new Answer(!citations.isEmpty(), text.toString(), citations);
  }
}
