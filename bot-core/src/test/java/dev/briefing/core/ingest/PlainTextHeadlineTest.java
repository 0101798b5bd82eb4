package dev.briefing.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.DefaultBriefingEngine;
import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.nlp.OpenNlpPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the first line of a plain-text story is its headline, and when it is the story. */
class PlainTextHeadlineTest {
  private static final String LEDE =
      "The city council voted on Tuesday to extend the tram line. Mayor Jane Roe said the project"
          + " would cost $40 million.";
  private static final String FIRST = "The city council voted on Tuesday to extend the tram line.";
  private static final String MAYOR = "Mayor Jane Roe said the project would cost $40 million.";

  private final ArticleReader reader = SharedCore.get().reader();

  @Test
  void keepsAShortLineWithoutAStopAsTheHeadline() {
    Article spaced = reader.parse("story.txt", "Tram Line Extended\n\n" + LEDE);
    Article tight = reader.parse("story.txt", "Tram line extended\n" + LEDE);

    for (Article a : List.of(spaced, tight)) {
      assertThat(a.title()).isEqualToIgnoringCase("Tram line extended");
      assertThat(texts(a)).containsExactly(a.title(), FIRST, MAYOR);
      assertThat(a.sentence(1).paragraph()).isZero();
    }
  }

  @Test
  void keepsAQuestionOrAStopWithoutArticlesAsTheHeadlineOnItsOwnLine() {
    Article question = reader.parse("story.txt", "Will the tram pay off?\n\n" + LEDE);
    Article stopped = reader.parse("story.txt", "Tram line extended.\n\n" + LEDE);

    assertThat(question.title()).isEqualTo("Will the tram pay off?");
    assertThat(texts(question)).containsExactly("Will the tram pay off?", FIRST, MAYOR);
    assertThat(stopped.title()).isEqualTo("Tram line extended.");
    assertThat(texts(stopped)).containsExactly("Tram line extended.", FIRST, MAYOR);
  }

  @Test
  void keepsAFirstParagraphOfSentencesInTheBodyAndMakesTheTitleFromItsFirstSentence() {
    Article a = reader.parse("story.txt", LEDE + "\n\nWork starts in May.");

    assertThat(a.title()).isEqualTo(FIRST);
    assertThat(texts(a)).containsExactly(FIRST, MAYOR, "Work starts in May.");
    assertThat(a.sentence(1).paragraph()).isEqualTo(1);
    assertThat(a.paragraphs()).containsExactly(FIRST, LEDE, "Work starts in May.");
  }

  @Test
  void readsAOneSentenceFirstParagraphWithArticlesAsTheStory() {
    Article a = reader.parse("story.txt", FIRST + "\n\n" + MAYOR);

    assertThat(a.title()).isEqualTo(FIRST);
    assertThat(texts(a)).containsExactly(FIRST, MAYOR);
  }

  @Test
  void readsAOneLineStoryAsAnArticle() {
    Article two = reader.parse("story.txt", LEDE + "\n");
    Article one = reader.parse("story.txt", "Mayor Jane Roe resigned on Monday.");

    assertThat(texts(two)).containsExactly(FIRST, MAYOR);
    assertThat(two.title()).isEqualTo(FIRST);
    assertThat(texts(one)).containsExactly("Mayor Jane Roe resigned on Monday.");
    assertThat(one.title()).isEqualTo("Mayor Jane Roe resigned on Monday.");
  }

  @Test
  void refusesAHeadlineWithNoStory() {
    assertThatThrownBy(() -> reader.parse("story.txt", "Tram line extended\n"))
        .isInstanceOf(BriefingException.class)
        .hasMessage("story.txt has no readable text");
  }

  @Test
  void readsAHardWrappedFirstParagraphAsTheStory() {
    Article a =
        reader.parse(
            "story.txt",
            "The city council voted on Tuesday to\nextend the tram line. Mayor Jane Roe said the"
                + "\nproject would cost $40 million.");

    assertThat(texts(a)).containsExactly(FIRST, MAYOR);
  }

  @Test
  void shortensALongFirstSentenceAtAWordBoundaryForTheTitle() {
    String sentence =
        "The regional transport authority and the city council agreed on Tuesday to extend the"
            + " northern tram line to the airport.";
    Article a = reader.parse("story.txt", sentence + " " + MAYOR);

    assertThat(a.title())
        .isEqualTo("The regional transport authority and the city council agreed on Tuesday to…")
        .hasSizeLessThanOrEqualTo(Headlines.MAX_TITLE);
    assertThat(a.sentence(1).text()).isEqualTo(sentence);
  }

  @Test
  void takesALineTheBodyRepeatsAsTheHeadlineWithoutDoublingIt() {
    // a feed item without a title is assembled with its first paragraph as one
    Article a = reader.parse("item.txt", FIRST + "\n\n" + FIRST + "\n\n" + MAYOR);

    assertThat(a.title()).isEqualTo(FIRST);
    assertThat(texts(a)).containsExactly(FIRST, FIRST, MAYOR);
  }

  @Test
  void keepsTheHeadlinesOfTheSampleArticles() throws IOException {
    for (String name : List.of("nato-russia", "chipmaker-quarter", "tram-extension")) {
      String text = resource("/corpus/" + name + ".txt");
      String firstLine = text.lines().findFirst().orElseThrow().strip();

      Article a = reader.parse(name + ".txt", text);

      assertThat(a.title()).as(name).isEqualTo(firstLine);
      assertThat(a.sentence(1)).as(name).isEqualTo(new Sentence(1, 0, firstLine));
    }
  }

  @Test
  void answersAboutAStoryPastedWithoutAHeadline() {
    DefaultBriefingEngine engine = new DefaultBriefingEngine(new OpenNlpPipeline());
    Article article = reader.parse("pasted.txt", LEDE);

    Answer answer = engine.ask(List.of(engine.analyze(article)), "What did the mayor say?");

    assertThat(answer.found()).isTrue();
    assertThat(answer.citations()).extracting(Citation::text).contains(MAYOR);
  }

  private static List<String> texts(Article a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = PlainTextHeadlineTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
