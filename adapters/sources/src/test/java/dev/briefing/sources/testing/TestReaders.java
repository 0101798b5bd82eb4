package dev.briefing.sources.testing;

import dev.briefing.core.ingest.ArticleReader;
import dev.briefing.core.ingest.DefaultArticleReader;
import dev.briefing.core.nlp.LanguagePipeline;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.sources.web.ArticleAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** The engine's reader on a punctuation splitter: the real OpenNLP models are slow to load. */
public final class TestReaders {
  private TestReaders() {}

  public static ArticleReader reader() {
    return new DefaultArticleReader(
        new LanguagePipeline() {
          @Override
          public List<String> sentences(String paragraph) {
            return Arrays.asList(paragraph.split("(?<=[.!?\"])\\s+(?=[\"\\p{Lu}])"));
          }

          @Override
          public TaggedSentence tag(String sentence) {
            throw new UnsupportedOperationException("sources never tag");
          }
        });
  }

  public static ArticleAssembler assembler() {
    return new ArticleAssembler(reader());
  }

  public static byte[] resource(String name) {
    try (InputStream in = TestReaders.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
