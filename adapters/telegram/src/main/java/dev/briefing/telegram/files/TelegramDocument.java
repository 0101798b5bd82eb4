package dev.briefing.telegram.files;

import java.util.OptionalLong;

/**
 * A file sent to the bot as a Telegram document, not yet downloaded.
 *
 * @param fileId Telegram's id for fetching it with getFile
 * @param fileName the name the sender gave it
 * @param size its size in bytes, when Telegram says
 */
public record TelegramDocument(String fileId, String fileName, OptionalLong size) {
  public TelegramDocument {
    if (fileId == null || fileId.isBlank()) {
      throw new IllegalArgumentException("fileId must not be blank");
    }
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("fileName must not be blank");
    }
    if (size == null) {
      throw new IllegalArgumentException("size must not be null");
    }
  }
}
