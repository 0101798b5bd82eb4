package dev.briefing.core.digest;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.Names;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.qa.IndexedArticle;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What filters test an article for, computed once per article: the stems of its title and text, and
 * the name keys of the people and organisations the engine found in it: each name word (so a person
 * matches by surname or full name) and an organisation's acronym, whether the article gives it
 * ("European Central Bank (ECB)") or not (the initials of a name of two words or more). Sorted and
 * interned, so that thousands of articles cost little to hold and test.
 */
final class ArticleWords {
  private final String[] stems;
  private final String[] names;

  private ArticleWords(TreeSet<String> stems, TreeSet<String> names) {
    this.stems = interned(stems);
    this.names = interned(names);
  }

  static ArticleWords of(AnalyzedArticle analyzed) {
    Article article = analyzed.article();
    TreeSet<String> stems = new TreeSet<>(FilterWords.stems(article.title()));
    for (Sentence sentence : article.sentences()) {
      stems.addAll(FilterWords.stems(sentence.text()));
    }
    TreeSet<String> names = new TreeSet<>();
    if (analyzed instanceof IndexedArticle indexed) {
      for (Entity entity : indexed.analysis().entities().all()) {
        addNames(entity, names);
      }
    }
    return new ArticleWords(stems, names);
  }

  private static void addNames(Entity entity, TreeSet<String> names) {
    boolean organization = entity.kind() == EntityKind.ORGANIZATION;
    if (!organization && !entity.isPersonLike()) {
      return;
    }
    for (String token : entity.nameTokens()) {
      if (!Names.isStopWord(token)) {
        names.add(token);
      }
    }
    if (organization) {
      addInitials(entity.name(), names);
    }
  }

  /**
   * An organisation's possible acronyms: the initials of all its name words ("Bank of England" →
   * "boe") and of its capitalised ones ("National Aeronautics and Space Administration" → "nasa");
   * none for a one-word name.
   */
  private static void addInitials(String name, TreeSet<String> names) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) {
      return;
    }
    StringBuilder all = new StringBuilder();
    StringBuilder capitalised = new StringBuilder();
    for (String word : words) {
      char first = word.charAt(0);
      if (Character.isLetter(first)) {
        all.append(first);
        if (Character.isUpperCase(first)) {
          capitalised.append(first);
        }
      }
    }
    for (StringBuilder initials : List.of(all, capitalised)) {
      if (initials.length() >= 2) {
        names.add(Names.normalize(initials.toString()));
      }
    }
  }

  boolean hasStem(String stem) {
    return Arrays.binarySearch(stems, stem) >= 0;
  }

  /** Whether a person or organisation of the article has this name key. */
  boolean hasName(String name) {
    return !name.isEmpty() && Arrays.binarySearch(names, name) >= 0;
  }

  private static String[] interned(TreeSet<String> words) {
    return words.stream().map(String::intern).toArray(String[]::new);
  }
}
