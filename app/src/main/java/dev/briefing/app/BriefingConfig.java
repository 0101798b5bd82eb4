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
 */
record BriefingConfig(Summary summary, List<Path> articles, Console console) {
  BriefingConfig {
    if (summary == null) {
      throw new IllegalArgumentException("summary must not be null");
    }
    if (console == null) {
      throw new IllegalArgumentException("console must not be null");
    }
    articles = List.copyOf(articles);
  }

  static BriefingConfig defaults() {
    return new BriefingConfig(Summary.defaults(), List.of(), new Console(true));
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
}
