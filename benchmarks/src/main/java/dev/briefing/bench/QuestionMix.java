package dev.briefing.bench;

import java.util.List;
import java.util.Map;

/**
 * A fixed mix of realistic questions per sample article: what someone said (people and
 * organisations), who-is, when/where/how much/how many/why, a person the article never mentions,
 * and a summary request. The mix is fixed so runs are comparable.
 */
final class QuestionMix {
  private static final Map<String, List<String>> MIXES =
      Map.of(
          // JMH needs the headline mix in AskByQuestionBenchmark's @Param: read it from there.
          AskByQuestionBenchmark.ARTICLE,
          AskByQuestionBenchmark.questions(),
          "tram-extension",
          List.of(
              "What did Maas say?",
              "What did the union chairwoman say?",
              "Who is Sofia Lindqvist?",
              "Who is Elena Varga?",
              "How much will the extension cost?",
              "When could construction begin?",
              "How many stops will the extension add?",
              "Where will the tram extension go?",
              "What did the prime minister say?",
              "tl;dr"),
          "chipmaker-quarter",
          List.of(
              "What did Okafor say?",
              "What did the analyst say?",
              "Who is Raj Mehta?",
              "What was the quarterly revenue?",
              "How much will the company spend in Dresden?",
              "When is the investor day?",
              "Where will the second production line open?",
              "Why did gross margin improve?",
              "What did Elon Musk say?",
              "Give me the key points."));

  private QuestionMix() {}

  static List<String> forArticle(String name) {
    List<String> mix = MIXES.get(name);
    if (mix == null) {
      throw new IllegalArgumentException(
          "no question mix for article " + name + "; have " + MIXES.keySet());
    }
    return mix;
  }
}
