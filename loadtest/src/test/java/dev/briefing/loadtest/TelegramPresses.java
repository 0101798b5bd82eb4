package dev.briefing.loadtest;

/**
 * {@code callback_query} updates as Telegram posts them to the webhook when someone presses an
 * inline button, in the shapes the button suite sends: under a message in the presser's own chat,
 * with no message (a button under an inline-mode message), under a message in a group, under a
 * message of another private chat, under a message too old to edit, or under one Telegram no longer
 * shows the bot (date 0).
 */
final class TelegramPresses {
  /** Where the pressed button is. */
  enum Shape {
    OWN_CHAT,
    NO_MESSAGE,
    GROUP,
    OTHER_PRIVATE_CHAT,
    TOO_OLD,
    INACCESSIBLE;

    /** The shape of the {@code i}-th press: most in the presser's own chat. */
    static Shape of(int i) {
      return switch (i % 10) {
        case 6 -> NO_MESSAGE;
        case 7 -> GROUP;
        case 8 -> OTHER_PRIVATE_CHAT;
        case 9 -> i % 20 == 9 ? TOO_OLD : INACCESSIBLE;
        default -> OWN_CHAT;
      };
    }
  }

  /** An old message: its buttons still work (a bot edits its own messages at any age). */
  static final long EDITABLE_SECONDS = 48 * 3600;

  private TelegramPresses() {}

  /**
   * The update.
   *
   * @param presser the user pressing (and, for {@link Shape#OWN_CHAT}, the private chat)
   * @param chat the chat of the pressed message for {@link Shape#GROUP} and {@link
   *     Shape#OTHER_PRIVATE_CHAT}
   * @param now the adapter's time, in epoch seconds
   */
  static String update(int updateId, Shape shape, long presser, long chat, long now, String data) {
    StringBuilder json =
        new StringBuilder("{\"update_id\":")
            .append(updateId)
            .append(",\"callback_query\":{\"id\":\"cb-")
            .append(updateId)
            .append("\",\"from\":{\"id\":")
            .append(presser)
            .append(",\"is_bot\":false,\"first_name\":\"P\"},\"chat_instance\":\"ci-")
            .append(chat)
            .append("\",\"data\":")
            .append(Json.quote(data));
    if (shape == Shape.NO_MESSAGE) {
      json.append(",\"inline_message_id\":\"inline-").append(updateId).append('"');
    } else {
      json.append(",\"message\":").append(message(updateId, shape, presser, chat, now));
    }
    return json.append("}}").toString();
  }

  /** The answerCallbackQuery id of the press in update {@code updateId}. */
  static String queryId(int updateId) {
    return "cb-" + updateId;
  }

  private static String message(int updateId, Shape shape, long presser, long chat, long now) {
    long chatId = shape == Shape.OWN_CHAT || shape == Shape.TOO_OLD ? presser : chat;
    long date =
        switch (shape) {
          case TOO_OLD -> now - EDITABLE_SECONDS - 3600;
          case INACCESSIBLE -> 0;
          default -> now - updateId % 3600;
        };
    String type = shape == Shape.GROUP ? "supergroup\",\"title\":\"Newsroom" : "private";
    return "{\"message_id\":"
        + (1 + updateId % 5_000)
        + ",\"date\":"
        + date
        + ",\"from\":{\"id\":777000111,\"is_bot\":true,\"first_name\":\"Briefing\"},"
        + "\"chat\":{\"id\":"
        + chatId
        + ",\"type\":\""
        + type
        + "\"},\"text\":\"An earlier answer\"}";
  }
}
