package dev.briefing.core.ingest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.nlp.LanguagePipeline;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads plain-text, Markdown and HTML articles and splits them into numbered sentences. */
public final class DefaultArticleReader implements ArticleReader {
  /** Larger files are not news articles; refuse them rather than exhaust memory. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final java.util.regex.Pattern BYLINE =
      java.util.regex.Pattern.compile("(?i:by) \\p{Lu}[\\p{L}.'’ -]{1,40}(,[^.]{0,40})?");

  private final LanguagePipeline nlp;
  private final HtmlText html = new HtmlText();
  private final PlainText plain;

  public DefaultArticleReader(LanguagePipeline nlp) {
    this.nlp = nlp;
    this.plain = new PlainText(nlp);
  }

  @Override
  public Article read(Path path) {
    byte[] bytes;
    try {
      if (Files.isDirectory(path)) {
        throw new BriefingException(path + " is a directory, not an article file");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new BriefingException(path + " is larger than 5 MB; not an article");
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new BriefingException("no such file: " + path);
    } catch (IOException e) {
      throw new BriefingException("cannot read " + path + ": " + e.getMessage());
    }
    return parse(path.toString(), decode(path.toString(), bytes));
  }

  @Override
  public Article parse(String name, String content) {
    if (content == null || content.isBlank()) {
      throw new BriefingException(name + " is empty");
    }
    if (looksBinary(content)) {
      throw new BriefingException(name + " is not a text article (binary content)");
    }
    Document doc =
        switch (format(name, content)) {
          case HTML -> html.fromHtml(content);
          case MARKDOWN -> html.fromMarkdown(content);
          case TEXT -> plain.parse(content);
        };
    if (doc.paragraphs().isEmpty()) {
      throw new BriefingException(name + " has no readable text");
    }
    return build(name, doc);
  }

  /**
   * The title is sentence 1 in paragraph 0. A text without a headline of its own gets a title made
   * from its first sentence, in paragraph 0 but not repeated as a sentence: sentence 1 is then the
   * body's first.
   */
  private Article build(String name, Document doc) {
    List<String> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    paragraphs.add(doc.title());
    if (!doc.title().isEmpty()) {
      sentences.add(new Sentence(1, 0, doc.title()));
    }
    for (String paragraph : doc.paragraphs()) {
      if (BYLINE.matcher(paragraph).matches()) {
        continue; // "By Jane Doe, Reuters": who wrote it, not what it says
      }
      int index = paragraphs.size();
      paragraphs.add(paragraph);
      for (String s : nlp.sentences(paragraph)) {
        sentences.add(new Sentence(sentences.size() + 1, index, s));
      }
    }
    if (sentences.isEmpty()) {
      throw new BriefingException(name + " has no readable text");
    }
    String title =
        doc.title().isEmpty() ? Headlines.titleFrom(sentences.get(0).text()) : doc.title();
    paragraphs.set(0, title);
    String id = ArticleIds.idFor(name, title, paragraphs);
    return new Article(id, title, Optional.of(name), paragraphs, sentences);
  }

  private enum Format {
    TEXT,
    MARKDOWN,
    HTML
  }

  private static Format format(String name, String content) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return Format.MARKDOWN;
    }
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return Format.TEXT;
    }
    String head = content.stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<p>")) {
      return Format.HTML;
    }
    return head.startsWith("# ") ? Format.MARKDOWN : Format.TEXT;
  }

  private static String decode(String name, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      if (looksBinary(new String(bytes, StandardCharsets.ISO_8859_1))) {
        throw new BriefingException(name + " is not a text article (binary content)");
      }
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /** NUL bytes or many control characters mean binary data, not an article. */
  static boolean looksBinary(String content) {
    int sample = Math.min(content.length(), 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = content.charAt(i);
      if (c == 0) {
        return true;
      }
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > sample / 20;
  }
}
