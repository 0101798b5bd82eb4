package dev.briefing.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One annotated article of the who-said-what data, as training/scripts/export_quotes.py writes it.
 *
 * @param id the article's id
 * @param text its text, headline first
 * @param neutral content spans whose source has no name ("he said"): neither right nor wrong
 * @param questions the questions asked about it
 */
record QuoteArticle(String id, String text, List<Span> neutral, List<Asked> questions) {

  /** A character range [start, end) of the text. */
  record Span(int start, int end) {
    boolean overlaps(Span o) {
      return start < o.end && o.start < end;
    }

    boolean overlapsAny(List<Span> spans) {
      return spans.stream().anyMatch(this::overlaps);
    }
  }

  /**
   * A question with its gold answer.
   *
   * @param gold content attributed to the asked source
   * @param speech the part of {@code gold} cued by a speech verb: what recall counts
   */
  record Asked(String question, String kind, List<Span> gold, List<Span> speech) {}

  static List<QuoteArticle> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<QuoteArticle> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(of(json.readTree(line)));
        }
      }
    }
    return out;
  }

  private static QuoteArticle of(JsonNode a) {
    List<Asked> questions = new ArrayList<>();
    for (JsonNode q : a.get("questions")) {
      questions.add(
          new Asked(
              q.get("question").asText(),
              q.get("kind").asText(),
              spans(q.get("gold")),
              spans(q.get("speech"))));
    }
    return new QuoteArticle(
        a.get("id").asText(), a.get("text").asText(), spans(a.get("neutral")), questions);
  }

  private static List<Span> spans(JsonNode list) {
    List<Span> out = new ArrayList<>();
    for (JsonNode s : list) {
      out.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
    }
    return out;
  }
}
