package dev.briefing.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.testing.FakeArticleReader;
import org.junit.jupiter.api.Test;

class DetectedLanguageCheckTest {
  private final DetectedLanguageCheck check = new DetectedLanguageCheck();

  @Test
  void flagsAGermanArticle() {
    var article =
        new FakeArticleReader()
            .parse(
                "haushalt.txt",
                "Der Stadtrat beschließt den Haushalt\n"
                    + "Der Stadtrat hat am Montag den Haushalt für das kommende Jahr mit großer"
                    + " Mehrheit beschlossen.\n"
                    + "Die Opposition kritisierte die hohen Ausgaben für neue Straßen.");

    assertThat(check.nonEnglish(article)).contains("deu");
  }

  @Test
  void passesAnEnglishArticle() {
    var article =
        new FakeArticleReader()
            .parse(
                "budget.txt",
                "Council passes the budget\n"
                    + "The city council approved next year's budget by a wide margin on Monday.\n"
                    + "The opposition criticised the high spending on new roads.");

    assertThat(check.nonEnglish(article)).isEmpty();
  }
}
