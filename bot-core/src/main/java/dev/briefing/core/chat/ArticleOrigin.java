package dev.briefing.core.chat;

/**
 * Where an article came from, which decides who sees it: articles loaded for {@link #everyone()}
 * (the configuration, a folder, the command line), one chat's own ({@link #chat}), or a feed's
 * ({@link #feed}, seen by the chats that follow it). An article may have several origins.
 *
 * @param key the stored form: {@code *}, {@code chat:<platform>:<chat id>} or {@code feed:<url>}
 */
public record ArticleOrigin(String key) {
  private static final int MAX_LENGTH = 500;

  public ArticleOrigin {
    if (key == null
        || key.isBlank()
        || key.length() > MAX_LENGTH
        || !(key.equals("*") || key.startsWith("chat:") || key.startsWith("feed:"))) {
      throw new IllegalArgumentException(
          "key must be *, chat:<platform>:<id> or feed:<url> (at most "
              + MAX_LENGTH
              + " characters), was "
              + key);
    }
  }

  /** Every chat sees it. */
  public static ArticleOrigin everyone() {
    return new ArticleOrigin("*");
  }

  /** Added in this chat (whatever its thread); the chat sees it. */
  public static ArticleOrigin chat(ChatAddress chat) {
    return new ArticleOrigin("chat:" + chat.platform() + ":" + chat.chatId());
  }

  /** From this feed; the chats following it see it. */
  public static ArticleOrigin feed(String url) {
    return new ArticleOrigin("feed:" + url);
  }
}
