package dev.briefing.slack.inbound;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.store.RecentSet;
import dev.briefing.slack.settings.SlackAccess;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access policy applied to each message before any work is done for it (routing, a download, a
 * Web API call other than the refusal). A channel or user off the allowlists is told {@link
 * AccessPolicy#NOT_ALLOWED} once per channel per process, then ignored, so a busy channel the bot
 * was invited to by mistake is not flooded; how outsiders are treated depends on how they reached
 * the bot ({@link Outsiders}). In a channel (ids {@code C…}, {@code G…}) an admin command is for
 * the configured admins and the workspace's admins ({@link WorkspaceAdmins}); a direct message
 * ({@code D…}) is the user's own, where everything is allowed. The workspace itself is checked
 * earlier, by {@link WorkspaceGuard}.
 */
final class AccessGate {
  private static final Logger log = LoggerFactory.getLogger(AccessGate.class);
  private static final int REMEMBERED = 10_000;

  /** What an outsider's message gets. */
  enum Outsiders {
    /** {@link AccessPolicy#NOT_ALLOWED} the first time in each channel: mentions, DMs, files. */
    REFUSE_ONCE,
    /** The refusal every time: {@code /briefing}, whose answer only its sender sees. */
    REFUSE,
    /** Nothing: a thread reply that did not address the bot by name. */
    IGNORE
  }

  /**
   * What to do with a message: go on, or stop, answering {@code answer} if present.
   *
   * @param proceed whether the message may be routed
   * @param answer the refusal to send when it may not; empty for silence
   */
  record Verdict(boolean proceed, Optional<String> answer) {
    static final Verdict PROCEED = new Verdict(true, Optional.empty());
    static final Verdict SILENCE = new Verdict(false, Optional.empty());

    static Verdict refuse(String text) {
      return new Verdict(false, Optional.of(text));
    }
  }

  private final SlackAccess access;
  private final AccessPolicy.ChatAdmins admins;
  private final RecentSet<String> refused = new RecentSet<>(REMEMBERED);

  /**
   * @param access the allowlists, admins and admin commands
   * @param admins who administers a channel beyond the configured admins (asked only for an admin
   *     command in a channel from someone not configured)
   */
  AccessGate(SlackAccess access, AccessPolicy.ChatAdmins admins) {
    this.access = access;
    this.admins = admins;
  }

  /** The workspaces, for {@link WorkspaceGuard}. */
  SlackAccess access() {
    return access;
  }

  /** Whether {@code message} may be routed, and the refusal if it may not. */
  Verdict check(IncomingMessage message, Outsiders outsiders) {
    ChatAddress chat = message.chat();
    if (!access.policy().admits(message)) {
      boolean answer =
          outsiders == Outsiders.REFUSE
              || (outsiders == Outsiders.REFUSE_ONCE && refused.add(chat.chatId()));
      if (!answer) {
        log.debug("Ignored Slack user {} in {}: not on the allowlists", message.userId(), chat);
        return Verdict.SILENCE;
      }
      log.info("Refused Slack user {} in {}: not on the allowlists", message.userId(), chat);
      return Verdict.refuse(AccessPolicy.NOT_ALLOWED);
    }
    return access
        .policy()
        .adminRefusal(message, shared(chat), admins)
        .map(Verdict::refuse)
        .orElse(Verdict.PROCEED);
  }

  /**
   * Whether the allowlists let this user in, in this channel (null: none named): for what is not a
   * message, such as opening the App Home, which outsiders do not get, unanswered.
   */
  boolean admitsQuietly(String channelId, String userId) {
    Set<String> channels = access.policy().allowedChats();
    Set<String> users = access.policy().allowedUsers();
    return (channels.isEmpty() || channels.contains(channelId))
        && (users.isEmpty() || users.contains(userId));
  }

  /** Channels and private channels are shared; a direct message ({@code D…}) is not. */
  static boolean shared(ChatAddress chat) {
    return !chat.chatId().startsWith("D");
  }
}
