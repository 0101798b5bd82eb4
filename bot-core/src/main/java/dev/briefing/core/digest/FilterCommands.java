package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.store.ChatFilterRepository;
import java.util.List;
import java.util.Locale;

/**
 * {@code /filter add <words…>}, {@code /filter list}, {@code /filter remove <n>} and {@code /filter
 * clear}: the words a chat's digests and instant feed posts must match ({@link WordFilters}).
 * {@code /filter} alone explains them. Bad input changes nothing and is answered with examples.
 */
public final class FilterCommands {
  /** A chat has at most this many filters: each is tested against every new article. */
  static final int MAX_FILTERS = 50;

  /** A filter is a few words, not a paragraph. */
  static final int MAX_LENGTH = 100;

  static final int MAX_WORDS = 8;

  private static final String USAGE =
      "Use /filter add Ukraine, /filter list, /filter remove 2 (its number in /filter list), or"
          + " /filter clear.";

  private static final String EXPLAIN =
      """
      Filters keep only the news you want in this chat's digests and instant feed posts: an \
      article gets through when it matches any of your filters, and a filter of several words \
      needs all of them. A word matches in any form ("sanction" finds "sanctions" and \
      "sanctioned", "Ukraine" finds "Ukraine's"), and people and organisations the article names \
      match by surname or acronym ("Costa" finds Ana Costa, "ECB" the European Central Bank).
      /filter add Ukraine: keep articles about Ukraine
      /filter add central bank rates: only those with all three words
      /filter list: this chat's filters
      /filter remove 2: remove the second one
      /filter clear: remove them all, so everything gets through again""";

  private final ChatFilterRepository filters;

  public FilterCommands(ChatFilterRepository filters) {
    this.filters = filters;
  }

  /** The command table entry. */
  public List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "filter",
            "Keep only matching news in digests and feed posts: /filter add Ukraine, /filter list,"
                + " /filter remove 2, /filter clear.",
            (message, arguments) -> List.of(Reply.text(filter(message, arguments)))));
  }

  private String filter(IncomingMessage message, String arguments) {
    String[] parts = arguments.strip().split("\\s+", 2);
    String verb = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    ChatAddress chat = message.chat();
    return switch (verb) {
      case "" -> explain(chat);
      case "add" -> add(chat, rest);
      case "list" -> list(chat);
      case "remove" -> remove(chat, rest);
      case "clear" -> clear(chat);
      default -> throw new BriefingException("I don't know /filter " + parts[0] + ". " + USAGE);
    };
  }

  private String explain(ChatAddress chat) {
    List<String> own = filters.filtersOf(chat);
    return EXPLAIN + "\n\n" + (own.isEmpty() ? "This chat has no filters." : listed(own));
  }

  private String add(ChatAddress chat, String filter) {
    String words = valid(filter);
    List<String> own = filters.filtersOf(chat);
    if (own.size() >= MAX_FILTERS) {
      throw new BriefingException(
          "This chat has "
              + own.size()
              + " filters, the most it can have. Remove one with /filter remove <n> first.");
    }
    if (!filters.add(chat, words)) {
      return "This chat already has the filter \"" + words + "\".";
    }
    List<String> now = filters.filtersOf(chat);
    String all = FilterWords.parse(words).words().size() > 1 ? " (all its words must match)" : "";
    return "Added filter "
        + now.size()
        + ": \""
        + words
        + "\""
        + all
        + ". Digests and feed posts now keep only articles matching "
        + (now.size() == 1 ? "it." : "any of your " + now.size() + " filters.")
        + " /filter list shows them.";
  }

  /** The filter as stored: one space between words, checked for length and content. */
  private static String valid(String filter) {
    String words = filter.strip().replaceAll("\\s+", " ");
    if (words.isEmpty()) {
      throw new BriefingException("Which words? For example /filter add Ukraine.");
    }
    if (words.length() > MAX_LENGTH) {
      throw new BriefingException(
          "That filter is "
              + words.length()
              + " characters long; a filter is a few words, at most "
              + MAX_LENGTH
              + " characters. For example /filter add central bank.");
    }
    FilterWords parsed = FilterWords.parse(words);
    if (parsed.isEmpty()) {
      throw new BriefingException(
          "\"" + words + "\" has no words to match. For example /filter add Ukraine.");
    }
    if (parsed.words().size() > MAX_WORDS) {
      throw new BriefingException(
          "A filter matches when all its words do, so "
              + parsed.words().size()
              + " words would match almost nothing; use at most "
              + MAX_WORDS
              + ", or add separate filters.");
    }
    return words;
  }

  private String list(ChatAddress chat) {
    List<String> own = filters.filtersOf(chat);
    return own.isEmpty()
        ? "This chat has no filters, so every article gets through. " + USAGE
        : listed(own) + "\nRemove one with /filter remove <n>, or all with /filter clear.";
  }

  private static String listed(List<String> own) {
    StringBuilder text =
        new StringBuilder("This chat's filters (an article gets through when it matches any):");
    for (int i = 0; i < own.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(own.get(i));
    }
    return text.toString();
  }

  private String remove(ChatAddress chat, String which) {
    List<String> own = filters.filtersOf(chat);
    if (which.isEmpty()) {
      throw new BriefingException("Which filter? " + USAGE);
    }
    String key = ChatFilterRepository.key(which);
    String filter =
        own.stream().filter(f -> ChatFilterRepository.key(f).equals(key)).findFirst().orElse(which);
    if (which.matches("\\d{1,9}")) {
      int n = Integer.parseInt(which);
      if (n < 1 || n > own.size()) {
        throw new BriefingException(
            own.isEmpty()
                ? "This chat has no filters to remove."
                : "There is no filter " + n + "; /filter list shows " + count(own.size()) + ".");
      }
      filter = own.get(n - 1);
    }
    if (!filters.remove(chat, filter)) {
      throw new BriefingException(
          "This chat has no filter \"" + abbreviate(which) + "\". " + USAGE);
    }
    int left = own.size() - 1;
    return "Removed the filter \""
        + filter
        + "\". "
        + (left == 0
            ? "No filters are left, so every article gets through."
            : count(left) + " left.");
  }

  private String clear(ChatAddress chat) {
    int removed = filters.clear(chat);
    return removed == 0
        ? "This chat has no filters; every article gets through."
        : "Removed " + count(removed) + ". Every article gets through again.";
  }

  private static String count(int n) {
    return n == 1 ? "1 filter" : n + " filters";
  }

  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
