package dev.briefing.core;

import dev.briefing.core.ingest.ArticleReader;

/**
 * The engine's default wiring: the English language pipeline, the article reader and the briefing
 * engine. Loading the language models takes a few hundred milliseconds; create one and share it.
 */
public final class BriefingCore {
  private final ArticleReader reader;
  private final BriefingEngine engine;

  public BriefingCore(ArticleReader reader, BriefingEngine engine) {
    this.reader = reader;
    this.engine = engine;
  }

  /** Loads the bundled English models and wires the default engine. */
  public static BriefingCore createDefault() {
    dev.briefing.core.nlp.LanguagePipeline nlp = new dev.briefing.core.nlp.OpenNlpPipeline();
    return new BriefingCore(
        new dev.briefing.core.ingest.DefaultArticleReader(nlp), new DefaultBriefingEngine(nlp));
  }

  public ArticleReader reader() {
    return reader;
  }

  public BriefingEngine engine() {
    return engine;
  }
}
