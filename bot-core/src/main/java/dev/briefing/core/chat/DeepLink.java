package dev.briefing.core.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A deep link's payload read as a command: {@code t.me/yourbot?start=subscribe_0800_Europe-Berlin}
 * opens the chat with {@code /start subscribe_0800_Europe-Berlin}, which runs {@code /subscribe
 * 08:00 Europe/Berlin}. Telegram allows only {@code A-Z a-z 0-9 _ -} in a payload (64 at most), so
 * {@code _} separates the words, four digits are a time ({@code 0730} is 07:30), and in a word with
 * a capital letter {@code -} stands for {@code /} (a time zone, {@code America-New_York} is not
 * possible, so zones with {@code _} cannot be linked). Pure.
 */
public final class DeepLink {
  private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern TIME = Pattern.compile("\\d{4}");
  private static final Pattern ZONE = Pattern.compile("[A-Z][A-Za-z]*(-[A-Z][A-Za-z]*)+");

  private DeepLink() {}

  /** The command the payload stands for ({@code /name args}), or empty when it is not one. */
  public static Optional<String> command(String payload) {
    String trimmed = payload.strip();
    if (!PAYLOAD.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    String[] words = trimmed.split("_");
    if (words[0].isEmpty() || !Character.isLetter(words[0].charAt(0))) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    parts.add("/" + words[0].toLowerCase(java.util.Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      String word = words[i];
      if (TIME.matcher(word).matches()) {
        parts.add(word.substring(0, 2) + ":" + word.substring(2));
      } else if (ZONE.matcher(word).matches()) {
        parts.add(word.replace('-', '/'));
      } else if (!word.isEmpty()) {
        parts.add(word);
      }
    }
    return Optional.of(String.join(" ", parts));
  }
}
