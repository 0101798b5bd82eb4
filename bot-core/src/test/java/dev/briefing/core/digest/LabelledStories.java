package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labelled articles in {@code grouping/stories.txt}: each with the story it tells. Sentences
 * are the paragraphs after the title, one each, as the test file writes them.
 */
record LabelledStories(List<Labelled> articles) {
  record Labelled(String story, String outlet, AnalyzedArticle article) {}

  static LabelledStories load() {
    try (InputStream in = LabelledStories.class.getResourceAsStream("/grouping/stories.txt")) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LabelledStories parse(String text) {
    List<Labelled> articles = new ArrayList<>();
    for (String block : text.split("\n=== ")) {
      if (block.startsWith("#")) {
        continue;
      }
      String[] lines = block.strip().split("\n");
      String[] head = lines[0].split(" ");
      String[] label = head[0].split("/");
      List<Sentence> sentences = new ArrayList<>();
      List<String> paragraphs = new ArrayList<>(List.of(lines[1]));
      for (int i = 2; i < lines.length; i++) {
        sentences.add(new Sentence(i - 1, i - 1, lines[i]));
        paragraphs.add(lines[i]);
      }
      Article article =
          new Article(
              head[0].replace('/', '-'), lines[1], Optional.of(head[1]), paragraphs, sentences);
      articles.add(new Labelled(label[0], label[1], () -> article));
    }
    return new LabelledStories(articles);
  }
}
