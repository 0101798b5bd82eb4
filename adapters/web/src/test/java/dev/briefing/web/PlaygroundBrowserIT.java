package dev.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.web.access.AdminToken;
import dev.briefing.web.metrics.MetricsSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: sign in, ask, see the cited sentences highlighted and numbered, who
 * is quoted, a hostile article stays inert. With {@code -Dscreenshots=DIR} it saves the playground
 * and status pages there as PNG (docs/screenshots/ holds the committed ones).
 */
class PlaygroundBrowserIT {
  private static TestConsole console;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    browser = Browser.start();
    console = new TestConsole(Optional.of(new AdminToken(TestConsole.TOKEN)), () -> samples());
    signIn();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (console != null) {
      console.close();
    }
  }

  private static void signIn() {
    browser.get(console.url("/login"));
    browser.findElement(By.id("token")).sendKeys(TestConsole.TOKEN);
    browser.findElement(By.id("sign-in")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.urlContains("/playground"));
  }

  @Test
  void refusesAWrongTokenInTheLoginForm() {
    ChromeDriver other = Browser.start();
    try {
      other.get(console.url("/status"));
      new WebDriverWait(other, Duration.ofSeconds(10))
          .until(ExpectedConditions.urlContains("/login"));
      other.findElement(By.id("token")).sendKeys("a-wrong-token-of-some-length");
      other.findElement(By.id("sign-in")).click();
      assertThat(other.findElement(By.id("login-error")).getText()).contains("not right");
      other.get(console.url("/status"));
      assertThat(other.getCurrentUrl()).endsWith("/login");
    } finally {
      other.quit();
    }
  }

  @Test
  void highlightsAndNumbersTheCitedSentencesInTheArticle() {
    openArticle();
    browser.findElement(By.id("question")).sendKeys("How much will the project cost?");
    browser.findElement(By.id("ask")).click();

    String answer = browser.findElement(By.id("answer-text")).getText();
    assertThat(answer).contains("4 million euros").contains("[1]");
    List<WebElement> cited = browser.findElements(By.cssSelector("#article-pane .sentence.cited"));
    assertThat(cited).isNotEmpty();
    WebElement first = cited.get(0);
    assertThat(first.findElement(By.cssSelector(".marker")).getText()).isEqualTo("[1]");
    assertThat(first.findElement(By.cssSelector(".text")).getText()).contains("4 million euros");
    // The highlight is the stylesheet's, not inline.
    assertThat(first.findElement(By.cssSelector(".text")).getCssValue("background-color"))
        .isNotEqualTo("rgba(0, 0, 0, 0)");
    screenshot("playground.png");
  }

  @Test
  void summarizesWithEverySummarySentenceMarked() {
    openArticle();
    browser.findElement(By.id("summary")).click();
    int citations = browser.findElements(By.cssSelector("#answer .citation")).size();
    assertThat(citations).isGreaterThanOrEqualTo(2);
    assertThat(browser.findElements(By.cssSelector("#article-pane .sentence.cited .marker")))
        .hasSize(citations);
  }

  @Test
  void listsWhoIsQuotedWithTheirSentencesMarked() {
    openArticle();
    browser.findElement(By.id("who-is-quoted")).click();

    List<String> names =
        browser.findElements(By.cssSelector("#speakers .speaker-name")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(String.join(" | ", names)).contains("Quillfeather").contains("Renwick");
    assertThat(browser.findElements(By.cssSelector("#article-pane .sentence.spoken")).size())
        .isGreaterThanOrEqualTo(names.size());
    assertThat(
            browser.findElements(By.cssSelector("#article-pane .sentence.spoken .speaker-badge")))
        .extracting(WebElement::getText)
        .contains("S1", "S2");
  }

  @Test
  void keepsAHostileArticleInert() {
    browser.get(console.url("/playground"));
    String title = "<script>window.pwned=1</script> Ferry line reopens";
    String body =
        "The ferry between Osterby and Quellin reopens on Monday <img src=x"
            + " onerror=\"window.pwned=2\">. Captain Ilse Brannvoll said the crossing takes forty"
            + " minutes. \"We are ready,\" she said.";
    browser.findElement(By.id("paste-title")).sendKeys(title);
    browser.findElement(By.id("paste-text")).sendKeys(body);
    browser.findElement(By.id("paste")).click();
    browser.findElement(By.id("question")).sendKeys("How long does the crossing take?");
    browser.findElement(By.id("ask")).click();

    Object pwned = browser.executeScript("return typeof window.pwned;");
    assertThat(pwned).isEqualTo("undefined");
    String pane = browser.findElement(By.id("article-pane")).getText();
    assertThat(pane).contains("<script>window.pwned=1</script>").contains("<img src=x");
    assertThat(browser.findElements(By.cssSelector("#article-pane img"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("#article-pane script"))).isEmpty();
  }

  @Test
  void showsTheStatusTables() {
    browser.get(console.url("/status"));
    String subscriptions = browser.findElement(By.id("subscriptions")).getText();
    assertThat(subscriptions)
        .contains("telegram:-100200300", "daily 07:30", "Europe/Berlin")
        .contains("slack:C0123", "weekdays 17:00", "America/New_York");
    String feeds = browser.findElement(By.id("feeds")).getText();
    assertThat(feeds).contains("failing (3): HTTP 503").contains("instant for 1 chat(s)");
    assertThat(browser.findElement(By.id("failures")).getText())
        .contains("bot was blocked by the user");
    assertThat(browser.findElements(By.cssSelector("canvas#chart-messages"))).hasSize(1);
    screenshot("status.png");
  }

  /** A day of invented samples every ten minutes, so the screenshot's charts have lines. */
  private static List<MetricsSample> samples() {
    Instant now = Instant.now();
    List<MetricsSample> samples = new ArrayList<>();
    for (int i = 143; i >= 0; i--) {
      double wave = 1 + Math.sin(i / 12.0);
      Map<String, Double> digests =
          i % 36 == 0 ? Map.of("sent", 2.0, "failed", 1.0) : Map.of("sent", i % 6 == 0 ? 1.0 : 0);
      samples.add(
          new MetricsSample(
              now.minus(Duration.ofMinutes(10L * i)),
              3 * wave,
              2.5 * wave,
              40 + 10 * wave,
              180 + 60 * wave,
              digests));
    }
    return samples;
  }

  private static void openArticle() {
    browser.get(console.url("/playground?article=" + console.articleId));
    assertThat(browser.findElement(By.id("article-pane")).getText()).contains("Marlow Bay");
  }

  private static void screenshot(String name) {
    String dir = System.getProperty("screenshots");
    if (dir == null || dir.isBlank()) {
      return;
    }
    try {
      Path target = Path.of(dir).resolve(name);
      Files.createDirectories(target.getParent());
      Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
