package dev.briefing.slack.inbound;

import dev.briefing.core.chat.LogIds;

/**
 * The ids of every Slack log line about a message ({@link LogIds}): the channel id as {@code
 * chat_id}, the event id (or the slash command's trigger id) as {@code update_id}.
 */
final class Logs {
  private Logs() {}

  /** Tags this thread's log lines with the chat and update until closed; null ids are left out. */
  static LogIds.Scope about(String chatId, String updateId) {
    return LogIds.about(SlackMapper.PLATFORM, chatId, updateId);
  }
}
