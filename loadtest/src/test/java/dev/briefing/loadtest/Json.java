package dev.briefing.loadtest;

/**
 * JSON string literals written by hand, every character outside printable ASCII as a {@code \\u}
 * escape: so that text a platform could carry, lone surrogates and NUL included, reaches the bot
 * byte for byte (a UTF-8 encoder would turn a lone surrogate into {@code ?}).
 */
final class Json {
  private Json() {}

  static String quote(String text) {
    StringBuilder json = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    return json.append('"').toString();
  }
}
