package dev.briefing.core.digest;

import dev.briefing.core.entity.Names;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One filter as words to match. A word matches an article that has it in any form (Lucene's English
 * stemming, possessives removed: "sanction" matches "sanctions" and "sanctioned", "Ukraine" matches
 * "Ukraine's") or that names a person or organisation by it ({@link ArticleWords}). A filter
 * matches when all its words do, anywhere in the title or text.
 *
 * @param words the filter's words, in order; never empty
 */
record FilterWords(List<Word> words) {
  /** No stop words: whatever a chat filters on, it means. */
  private static final Analyzer STEMMER = new EnglishAnalyzer(CharArraySet.EMPTY_SET);

  /**
   * One word of a filter.
   *
   * @param name the word as a name key ({@link Names#normalize}), for people and organisations
   * @param stems its stems: one, or more for a word such as "covid-19"
   */
  record Word(String name, List<String> stems) {}

  FilterWords {
    words = List.copyOf(words);
  }

  /** The filter's words; none when it has nothing to match (punctuation only). */
  static FilterWords parse(String filter) {
    List<Word> words = new ArrayList<>();
    for (String raw : filter.strip().split("\\s+")) {
      List<String> stems = stems(raw);
      if (!stems.isEmpty()) {
        words.add(new Word(Names.normalize(raw), stems));
      }
    }
    return new FilterWords(words);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  /** Whether every word of the filter is in the article. */
  boolean matches(ArticleWords article) {
    if (words.isEmpty()) {
      return false;
    }
    for (Word word : words) {
      if (!article.hasName(word.name()) && !word.stems().stream().allMatch(article::hasStem)) {
        return false;
      }
    }
    return true;
  }

  /** The stems of a text, repeats included, in order. */
  static List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    try (TokenStream ts = STEMMER.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        stems.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return stems;
  }
}
