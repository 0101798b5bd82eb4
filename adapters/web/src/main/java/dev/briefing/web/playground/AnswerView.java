package dev.briefing.web.playground;

import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's answer as the playground shows it: its text (with {@code [n]} markers) and the list
 * of what each marker cites.
 *
 * @param kind "Question" or "Summary"
 * @param asked the question, or "" for a summary
 * @param found whether the article answered it
 * @param text the answer as a user reads it (escaped by the template)
 * @param citations marker n's sentence, in marker order
 */
public record AnswerView(
    String kind, String asked, boolean found, String text, List<Cited> citations) {
  /** Marker {@code marker} quotes sentence {@code sentence}. */
  public record Cited(int marker, int sentence, String text) {}

  public static AnswerView of(String kind, String asked, Answer answer) {
    List<Cited> cited = new ArrayList<>();
    List<Citation> citations = answer.citations();
    for (int i = 0; i < citations.size(); i++) {
      Citation c = citations.get(i);
      cited.add(new Cited(i + 1, c.sentence(), c.text()));
    }
    return new AnswerView(kind, asked, answer.found(), answer.text(), List.copyOf(cited));
  }
}
