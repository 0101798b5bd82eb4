package dev.briefing.bench;

import dev.briefing.core.BriefingCore;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.chat.InMemoryArticleRepository;

/**
 * What the chat platform harnesses put behind the adapter they measure: the BM25 engine and the
 * briefing commands over the headline sample article, kept in memory.
 */
final class HeadlineChat {
  private HeadlineChat() {}

  /** The briefing commands, answering from the headline sample article alone. */
  static BriefingCommands commands() {
    BriefingCore core = Engines.create(Engines.BM25);
    InMemoryArticleRepository articles = new InMemoryArticleRepository();
    articles.save(SampleArticles.analyzed(core, SampleArticles.HEADLINE));
    return new BriefingCommands(core.engine(), core.reader(), articles, 3);
  }
}
