package dev.briefing.loadtest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message the fake platform took for a chat: what a user would see.
 *
 * @param chat the chat (Telegram chat_id, Slack channel or slash command response id)
 * @param text the message text as sent (Telegram HTML, or Slack's fallback mrkdwn)
 * @param parseMode Telegram's parse_mode; null on Slack
 * @param blocks Slack's Block Kit blocks; null on Telegram
 * @param answers what it answers: the Telegram message it replies to, the Slack thread it is posted
 *     in, the slash command whose response it is; null when none
 * @param nanoTime when the fake read it
 * @param unanswered true when the fake failed the call after taking it, so the bot did not learn
 *     that it arrived
 */
record Delivered(
    String chat,
    String text,
    String parseMode,
    JsonNode blocks,
    String answers,
    long nanoTime,
    boolean unanswered) {
  /** Short: a failing assertion lists many of these. */
  @Override
  public String toString() {
    String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return "Delivered[" + chat + (unanswered ? ", unanswered" : "") + ": " + shown + "]";
  }
}
