package dev.briefing.slack.inbound;

import com.slack.api.methods.MethodsClient;
import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.slack.settings.SlackAccess;
import java.time.Clock;

/**
 * Whom the bot listens to: the workspaces, channels and users let in, who administers a channel,
 * and the conversations that make an unaddressed thread reply a message for the bot. Public for
 * {@code SlackBot}, which builds it; not for the app.
 *
 * @param access the allowlists, admins and admin commands from the settings
 * @param admins who administers a channel as Slack says, beyond the configured admins
 * @param conversations the chats and threads where a question was answered lately
 */
public record Audience(
    SlackAccess access, AccessPolicy.ChatAdmins admins, ConversationStore conversations) {
  public Audience {
    if (access == null || admins == null || conversations == null) {
      throw new IllegalArgumentException("access, admins and conversations must not be null");
    }
  }

  /**
   * Channel admins are the workspace's admins and owners per {@code users.info}, asked through
   * {@code methods} (a client holding the bot token) and kept a few minutes.
   */
  public static Audience withWorkspaceAdmins(
      SlackAccess access,
      MethodsClient methods,
      ConversationStore conversations,
      Clock clock,
      BotMetrics metrics) {
    return new Audience(access, WorkspaceAdmins.usersInfo(methods, clock, metrics), conversations);
  }
}
