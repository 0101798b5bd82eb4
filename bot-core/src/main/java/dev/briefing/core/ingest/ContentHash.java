package dev.briefing.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short fingerprints of text, for article ids and for telling feed items apart: the start of the
 * SHA-256 of its UTF-8 bytes, in lower-case hex.
 */
public final class ContentHash {
  private ContentHash() {}

  /** The first {@code bytes} bytes (1 to 32) of the SHA-256 of {@code text}, as hex digits. */
  public static String sha256Hex(String text, int bytes) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
