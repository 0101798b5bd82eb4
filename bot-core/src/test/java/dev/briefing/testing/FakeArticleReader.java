package dev.briefing.testing;

import dev.briefing.core.BriefingException;
import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A simple reader for tests: the first line is the title, every other non-blank line is one
 * sentence in its own paragraph. Rejects missing, empty and binary files as the real reader does.
 */
public final class FakeArticleReader implements ArticleReader {
  @Override
  public Article read(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new BriefingException("no such file: " + path);
    } catch (IOException e) {
      throw new BriefingException("cannot read " + path + ": " + e.getMessage());
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new BriefingException(path + " is a binary file, not an article");
      }
    }
    return parse(path.toString(), new String(bytes, StandardCharsets.UTF_8));
  }

  @Override
  public Article parse(String name, String content) {
    List<String> lines = content.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      throw new BriefingException(name + " is empty");
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      sentences.add(new Sentence(i + 1, i, lines.get(i)));
    }
    String id = "a" + Integer.toHexString(content.hashCode());
    return new Article(id, lines.get(0), Optional.of(name), lines, sentences);
  }
}
