package dev.briefing.app;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.BriefingCommands;
import java.nio.file.Path;
import java.util.List;

/**
 * The runtime configuration ({@code config/briefing.yml}), validated. Secrets never live here: they
 * come from environment variables.
 *
 * @param summary chat summaries
 * @param articles article files loaded when the bot starts; empty means the bundled sample
 * @param console the console chat
 * @param retrieval how questions find their sentences
 */
record BriefingConfig(Summary summary, List<Path> articles, Console console, Retrieval retrieval) {
  BriefingConfig {
    if (summary == null) {
      throw new IllegalArgumentException("summary must not be null");
    }
    if (console == null) {
      throw new IllegalArgumentException("console must not be null");
    }
    if (retrieval == null) {
      throw new IllegalArgumentException("retrieval must not be null");
    }
    articles = List.copyOf(articles);
  }

  static BriefingConfig defaults() {
    return new BriefingConfig(
        Summary.defaults(), List.of(), new Console(true), Retrieval.defaults());
  }

  /**
   * @param sentences the length of {@code /summary} without a number
   */
  record Summary(int sentences) {
    Summary {
      if (sentences < 1 || sentences > BriefingCommands.MAX_SUMMARY_SENTENCES) {
        throw new IllegalArgumentException(
            "sentences must be from 1 to "
                + BriefingCommands.MAX_SUMMARY_SENTENCES
                + ", was "
                + sentences);
      }
    }

    static Summary defaults() {
      return new Summary(BriefingEngine.DEFAULT_SUMMARY_SENTENCES);
    }
  }

  /**
   * @param enabled whether the console chat runs when no chat platform is enabled
   */
  record Console(boolean enabled) {}

  /**
   * @param embeddings whether a local sentence-embedding model adds semantic similarity to BM25, so
   *     a question worded differently from the article still finds its sentence; on by default
   *     because it answers more of the evaluation questions (docs/embeddings.md)
   */
  record Retrieval(boolean embeddings) {
    static Retrieval defaults() {
      return new Retrieval(true);
    }
  }
}
