package dev.briefing.core.nlp;

import java.util.List;

/** Sentence splitting, tokenizing, tagging and lemmatizing of English text. Thread-safe. */
public interface LanguagePipeline {
  /** Splits one paragraph into sentences, verbatim and in order. */
  List<String> sentences(String paragraph);

  /** Tokenizes, tags and lemmatizes one sentence. */
  TaggedSentence tag(String sentence);
}
