package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.store.ChatSettingsRepository;
import dev.briefing.core.store.DigestLayout;
import dev.briefing.core.store.DigestLayout.Style;
import java.util.Locale;

/**
 * {@code /digest style headlines|summaries} and {@code /digest size <n>}: how the chat's digests
 * look, kept in its settings. Alone, each shows the current choice. Anyone in a chat may change
 * them, as anyone may ask for {@code /digest} (they change only the look of what the chat gets).
 */
final class DigestLayouts {
  static final String USAGE =
      "/digest sends the digest now; /digest style headlines|summaries and /digest size <n> (1 to "
          + DigestLayout.MAX_SIZE
          + ") set how this chat's digests look.";

  private final ChatSettingsRepository settings;

  DigestLayouts(ChatSettingsRepository settings) {
    this.settings = settings;
  }

  /** The chat's layout, or the default when it chose none. */
  DigestLayout of(ChatAddress chat) {
    return settings.findDigestLayout(chat).orElse(DigestLayout.DEFAULT);
  }

  /** Whether {@code arguments} are a layout subcommand this handles. */
  static boolean handles(String arguments) {
    String word = arguments.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return word.equals("style") || word.equals("size");
  }

  String handle(ChatAddress chat, String arguments) {
    String[] words = arguments.strip().split("\\s+");
    DigestLayout current = of(chat);
    if (words.length > 2) {
      throw new BriefingException(USAGE);
    }
    boolean style = words[0].equalsIgnoreCase("style");
    if (words.length == 1) {
      return (style ? "This chat's digests show " : "This chat's digests list ")
          + describe(current)
          + ".\n"
          + USAGE;
    }
    DigestLayout chosen =
        style ? current.withStyle(style(words[1])) : current.withSize(size(words[1]));
    settings.setDigestLayout(chat, chosen);
    return "From now on this chat's digests show " + describe(chosen) + ".";
  }

  static String describe(DigestLayout layout) {
    String stories = "up to " + layout.size() + (layout.size() == 1 ? " story" : " stories");
    return layout.style() == Style.HEADLINES
        ? "headlines: " + stories + ", each a numbered title with its link"
        : "summaries: " + stories + ", each with a cited two-sentence summary";
  }

  private static Style style(String word) {
    return Style.of(word)
        .orElseThrow(
            () ->
                new BriefingException(
                    "A digest style is headlines or summaries, not \"" + word + "\"."));
  }

  private static int size(String word) {
    try {
      int size = Integer.parseInt(word);
      if (size >= 1 && size <= DigestLayout.MAX_SIZE) {
        return size;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BriefingException(
        "A digest size is a number of stories from 1 to "
            + DigestLayout.MAX_SIZE
            + ", as in /digest size 30.");
  }
}
