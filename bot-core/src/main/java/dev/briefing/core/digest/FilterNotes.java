package dev.briefing.core.digest;

import dev.briefing.core.chat.Reply;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What a digest says about the chat's filters, so articles held back never go unexplained. */
final class FilterNotes {
  private FilterNotes() {}

  /** The digest with a last line naming how many new articles the filters let through. */
  static Reply noted(Reply digest, int passed, int fresh, ChatFilter.Active active) {
    if (passed == fresh) {
      return digest;
    }
    return digest.withText(
        digest.text()
            + "\n\n"
            + passed
            + " of "
            + fresh
            + " new articles matched your filters ("
            + String.join("; ", active.filters())
            + "); /filter changes them.");
  }

  /** The line for a digest whose new articles the filters all held back. */
  static Reply nothingMatched(
      int fresh, ChatFilter.Active active, Optional<Instant> since, ZoneId zone) {
    String articles = fresh == 1 ? "1 new article" : fresh + " new articles";
    String filters = filters(active.filters());
    return Reply.text(
        since
                .map(s -> "Nothing new matched your filters since " + DigestComposer.when(s, zone))
                .orElse("Nothing matched your filters yet")
            + ": "
            + articles
            + " did not. "
            + filters
            + "/filter changes them.");
  }

  private static String filters(List<String> filters) {
    if (filters.isEmpty()) {
      return "";
    }
    return (filters.size() == 1 ? "Your filter: " : "Your filters: ")
        + String.join("; ", filters)
        + ". ";
  }
}
