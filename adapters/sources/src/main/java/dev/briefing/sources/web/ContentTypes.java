package dev.briefing.sources.web;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/** Reading a Content-Type header: the media type and its charset parameter. */
final class ContentTypes {
  private ContentTypes() {}

  static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  static Optional<Charset> charset(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring("charset=".length()).replace("\"", "").replace("'", "").strip();
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
          return Optional.empty(); // an unknown charset: let the page's own meta tag decide
        }
      }
    }
    return Optional.empty();
  }

  /** A server that sends no Content-Type: recognise an HTML page by its first tag. */
  static String sniff(byte[] body) {
    String head =
        new String(
                body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
            .stripLeading()
            .replace("\uFEFF", "")
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") ? "text/html" : "";
  }

  static boolean isHtml(String mediaType) {
    return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
  }

  static boolean isPlainText(String mediaType) {
    return mediaType.equals("text/plain");
  }
}
