package dev.briefing.core.digest;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * An article's terms for telling whether two articles tell the same story: its stemmed words
 * without stop words ({@code words}), and the ones that name this story rather than its topic
 * ({@code names}): figures, and words written with a capital inside a sentence (people, places,
 * organisations). Two storms share "wind" and "power"; only the same storm shares "Halvard",
 * "Brest" and "780,000".
 */
record StoryTerms(Set<String> words, Set<String> names) {
  /** How much of an article it reads: the title and this many sentences, where the story is. */
  static final int SENTENCES = 8;

  StoryTerms {
    words = Set.copyOf(words);
    names = Set.copyOf(names);
  }

  static StoryTerms of(Article article, Analyzer analyzer) {
    Set<String> words = new HashSet<>();
    Set<String> names = new HashSet<>();
    read(article.title(), analyzer, words, names, !titleCase(article.title()));
    int read = 0;
    for (Sentence sentence : article.sentences()) {
      if (read++ == SENTENCES) {
        break;
      }
      read(sentence.text(), analyzer, words, names, true);
    }
    return new StoryTerms(words, names);
  }

  /** The analyzer it reads with: English stemming and stop words. Thread-safe. */
  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  private static void read(
      String text, Analyzer analyzer, Set<String> words, Set<String> names, boolean namesCount) {
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int opening = firstLetter(text);
      while (stream.incrementToken()) {
        String word = text.substring(offset.startOffset(), offset.endOffset());
        String stem = term.toString();
        words.add(stem);
        boolean starts = offset.startOffset() <= opening;
        if (namesCount && isName(word, starts) || stem.chars().anyMatch(Character::isDigit)) {
          names.add(stem);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A capitalised word that does not start its sentence, or an all-capitals one (AFAD, USGS) that
   * does.
   */
  private static boolean isName(String word, boolean startsSentence) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    return !startsSentence || word.length() > 1 && word.chars().noneMatch(Character::isLowerCase);
  }

  private static int firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return i;
      }
    }
    return text.length();
  }

  /** A Headline In Title Case capitalises every word, so its capitals name nothing. */
  private static boolean titleCase(String title) {
    String[] words = title.split("\\s+");
    long capitalised =
        Arrays.stream(words)
            .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
            .count();
    return words.length > 2 && capitalised * 2 > words.length;
  }
}
