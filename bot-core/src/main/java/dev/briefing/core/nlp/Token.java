package dev.briefing.core.nlp;

/**
 * One token of a sentence.
 *
 * @param text the token as written
 * @param tag the Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...)
 * @param lemma the lower-case lemma
 * @param start character offset in the sentence, inclusive
 * @param end character offset in the sentence, exclusive
 */
public record Token(String text, String tag, String lemma, int start, int end) {
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  public boolean is(String posTag) {
    return tag.equals(posTag);
  }

  /** Whether its tag starts with one of {@code posTags} (NOUN, PROPN, VERB, ...). */
  public boolean hasTag(String... posTags) {
    for (String posTag : posTags) {
      if (tag.startsWith(posTag)) {
        return true;
      }
    }
    return false;
  }

  public String lower() {
    return text.toLowerCase(java.util.Locale.ROOT);
  }
}
