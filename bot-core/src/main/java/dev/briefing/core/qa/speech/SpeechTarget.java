package dev.briefing.core.qa.speech;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.qa.EntityMatcher;
import dev.briefing.core.qa.IndexedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Who a "what did X say" question asks about, in one article.
 *
 * @param entities the article's entities that fit the name (several when one role fits two)
 * @param words the words that name the source in the text, as {@link EntityMatcher#words} gives
 *     them: all of the asked phrase's ("federal, state, official"), or the end of a name when the
 *     article writes the name shorter ("kerry" for "John F. Kerry")
 */
public record SpeechTarget(List<Entity> entities, List<String> words) {
  public SpeechTarget {
    entities = List.copyOf(entities);
    words = List.copyOf(words);
  }

  /** The article's entities that fit the name as asked ("Brinkley", "the Trump campaign"). */
  public static SpeechTarget of(IndexedArticle a, String name) {
    List<String> words = EntityMatcher.words(name);
    List<TaggedSentence> sentences = a.analysis().tagged();
    List<String> written = words;
    for (int from = 0; from < words.size(); from++) {
      List<String> suffix = words.subList(from, words.size());
      if ((from == 0 || properSuffix(name, suffix.size())) && anyMatch(sentences, suffix)) {
        written = suffix;
        break;
      }
    }
    return new SpeechTarget(EntityMatcher.best(a.analysis().entities().all(), name), written);
  }

  /** Whether the last {@code n} words of the asked name are capitalized: a name, not a role. */
  private static boolean properSuffix(String name, int n) {
    String[] tokens = name.strip().split("\\s+");
    if (n > tokens.length) {
      return false;
    }
    for (int i = tokens.length - n; i < tokens.length; i++) {
      if (!Character.isUpperCase(tokens[i].codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyMatch(List<TaggedSentence> sentences, List<String> words) {
    for (TaggedSentence s : sentences) {
      if (!phrases(s, words).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token spans [start, end) where the sentence writes the words in order, skipping the words that
   * carry no identity ("Federal and state officials" for federal, state, official).
   */
  public static List<int[]> phrases(TaggedSentence s, List<String> words) {
    List<int[]> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    List<Integer> at = new ArrayList<>();
    List<String> normalized = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      for (String w : EntityMatcher.words(s.get(i).text())) {
        at.add(i);
        normalized.add(w);
      }
    }
    for (int k = 0; k + words.size() <= normalized.size(); k++) {
      if (normalized.subList(k, k + words.size()).equals(words)) {
        out.add(new int[] {at.get(k), at.get(k + words.size() - 1) + 1});
      }
    }
    return out;
  }

  /** Whether the article shows any trace of the target. */
  public boolean isEmpty() {
    return entities.isEmpty() && words.isEmpty();
  }
}
