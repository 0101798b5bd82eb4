package dev.briefing.web.playground;

import dev.briefing.core.model.Article;
import dev.briefing.core.model.QuotedSpeaker;
import java.util.ArrayList;
import java.util.List;

/**
 * One person the article quotes, for the "Who is quoted" view.
 *
 * @param number the speaker's number, as marked on the article's sentences
 * @param name as the article names them
 * @param role their first role, or ""
 * @param sentences the sentences in which they speak
 */
public record SpeakerView(int number, String name, String role, List<Quote> sentences) {
  /** A sentence a speaker speaks in. */
  public record Quote(int number, String text) {}

  /** The article's speakers, numbered from 1 in the given order. */
  public static List<SpeakerView> of(Article article, List<QuotedSpeaker> speakers) {
    List<SpeakerView> out = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      QuotedSpeaker s = speakers.get(i);
      List<Quote> quotes =
          s.sentences().stream()
              .filter(n -> n >= 1 && n <= article.sentences().size())
              .map(n -> new Quote(n, article.sentence(n).text()))
              .toList();
      out.add(new SpeakerView(i + 1, s.name(), s.role(), quotes));
    }
    return out;
  }
}
