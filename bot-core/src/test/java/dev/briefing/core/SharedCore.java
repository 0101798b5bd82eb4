package dev.briefing.core;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import java.util.List;

/** One engine for all tests in a JVM: the language models take a moment to load. */
public final class SharedCore {
  private static BriefingCore core;

  private SharedCore() {}

  public static synchronized BriefingCore get() {
    if (core == null) {
      core = BriefingCore.createDefault();
    }
    return core;
  }

  public static Article article(String name, String text) {
    return get().reader().parse(name, text);
  }

  public static AnalyzedArticle analyzed(String text) {
    return get().engine().analyze(article("test.txt", text));
  }

  public static Answer ask(String articleText, String question) {
    return get().engine().ask(List.of(analyzed(articleText)), question);
  }
}
