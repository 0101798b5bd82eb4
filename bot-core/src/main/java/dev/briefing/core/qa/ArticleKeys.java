package dev.briefing.core.qa;

import dev.briefing.core.analysis.ArticleAnalysis;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * What an article is about, in a form cheap to hold and to test for thousands of articles: its
 * stemmed terms and the name and role words of its entities, each sorted and interned (one string
 * per word, shared by every article that uses it).
 */
final class ArticleKeys {
  private final String[] terms;
  private final String[] names;

  private ArticleKeys(String[] terms, String[] names) {
    this.terms = terms;
    this.names = names;
  }

  static ArticleKeys of(List<Sentence> sentences, LuceneSentenceIndex index, ArticleAnalysis a) {
    TreeSet<String> terms = new TreeSet<>();
    for (Sentence s : sentences) {
      terms.addAll(index.sentenceTerms(s.number()));
    }
    TreeSet<String> names = new TreeSet<>();
    for (Entity e : a.entities().all()) {
      names.addAll(e.nameTokens());
      names.addAll(e.roleTokens());
    }
    return new ArticleKeys(interned(terms), interned(names));
  }

  private static String[] interned(TreeSet<String> words) {
    String[] out = new String[words.size()];
    int i = 0;
    for (String w : words) {
      out[i++] = w.intern();
    }
    return out;
  }

  /** Whether a sentence of the article has this stemmed term. */
  boolean hasTerm(String term) {
    return Arrays.binarySearch(terms, term) >= 0;
  }

  /** Whether the article has a term that {@link QueryTerms#sameRoot} relates to this one. */
  boolean hasSameRoot(String term) {
    String root = term.endsWith("e") ? term.substring(0, term.length() - 1) : term;
    if (root.length() < 4) {
      return false;
    }
    int at = Arrays.binarySearch(terms, root);
    for (int i = at < 0 ? -at - 1 : at; i < terms.length && terms[i].startsWith(root); i++) {
      if (QueryTerms.sameRoot(term, terms[i])) {
        return true;
      }
    }
    return false;
  }

  /** Whether an entity of the article has this (normalized) word in its name or role. */
  boolean hasName(String word) {
    return Arrays.binarySearch(names, word) >= 0;
  }
}
