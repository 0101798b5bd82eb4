package dev.briefing.core.digest;

import dev.briefing.core.chat.Reply;
import dev.briefing.core.model.Article;
import java.util.List;

/**
 * The headlines style of a digest ({@code /digest style headlines}): a numbered title and link per
 * story, with its "also in" line, and no summaries, so many stories fit one message. Entries stop
 * before the text would pass {@link #MAX_CHARS}, under Telegram's 4,096 once rendered with room for
 * escaping; the stories left out are counted.
 */
final class HeadlinesDigest {
  /** The longest headlines text: one Telegram message (4,096) with room for HTML escaping. */
  static final int MAX_CHARS = 3_500;

  private HeadlinesDigest() {}

  static Reply write(String heading, List<Story> stories, int size) {
    StringBuilder text = new StringBuilder(heading).append('\n');
    int shown = 0;
    for (Story story : stories.subList(0, Math.min(size, stories.size()))) {
      String entry = entry(shown + 1, story);
      if (text.length() + entry.length() > MAX_CHARS - 80) { // 80: the "…and n more" line
        break;
      }
      text.append(entry);
      shown++;
    }
    int more = stories.size() - shown;
    if (more > 0) {
      text.append("\n…and ")
          .append(more == 1 ? "1 more story" : more + " more stories")
          .append(": /articles lists them all.");
    }
    return Reply.text(text.toString());
  }

  private static String entry(int number, Story story) {
    Article lead = story.lead().article();
    StringBuilder entry = new StringBuilder("\n").append(number).append(". ").append(lead.title());
    lead.source().ifPresent(source -> entry.append("\n").append(source));
    String alsoIn = StorySources.alsoIn(story);
    if (!alsoIn.isEmpty()) {
      entry.append("\n").append(alsoIn);
    }
    return entry.toString();
  }
}
