package dev.briefing.slack.inbound;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.RefusedByPlatform;
import dev.briefing.slack.outbound.SlackFailures;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A channel's admins on Slack: the workspace's admins and owners as {@code users.info} reports them
 * ({@code is_admin}, {@code is_owner}, {@code is_primary_owner}; needs the {@code users:read}
 * scope). Slack has no per-channel admin a bot can ask for, so the answer is the same in every
 * channel. Answers are kept {@link #KEEP} per user; a failed lookup counts as "not an admin" and is
 * kept only {@link #KEEP_FAILURE}, so a Slack hiccup costs a retry, not five minutes.
 */
final class WorkspaceAdmins implements AccessPolicy.ChatAdmins {
  static final Duration KEEP = Duration.ofMinutes(5);
  static final Duration KEEP_FAILURE = Duration.ofSeconds(15);
  private static final int MAX_USERS = 10_000;
  private static final Logger log = LoggerFactory.getLogger(WorkspaceAdmins.class);

  /** Asks Slack whether a user administers the workspace. */
  @FunctionalInterface
  interface Lookup {
    boolean isAdmin(String userId) throws Exception;
  }

  private record Known(boolean admin, Instant until) {}

  private final Lookup lookup;
  private final Clock clock;
  private final BotMetrics metrics;
  private final Map<String, Known> known = new ConcurrentHashMap<>();

  WorkspaceAdmins(Lookup lookup, Clock clock, BotMetrics metrics) {
    this.lookup = lookup;
    this.clock = clock;
    this.metrics = metrics;
  }

  /** Admins per {@code users.info} through {@code methods} (a client holding the bot token). */
  static WorkspaceAdmins usersInfo(MethodsClient methods, Clock clock, BotMetrics metrics) {
    return new WorkspaceAdmins(userId -> isAdmin(methods, userId), clock, metrics);
  }

  @Override
  public boolean isAdmin(ChatAddress chat, String userId) {
    Instant now = clock.instant();
    Known cached = known.get(userId);
    if (cached != null && now.isBefore(cached.until())) {
      return cached.admin();
    }
    Known fresh = ask(userId, now);
    if (known.size() >= MAX_USERS) {
      known.values().removeIf(k -> !now.isBefore(k.until()));
    }
    if (known.size() < MAX_USERS) {
      known.put(userId, fresh);
    }
    return fresh.admin();
  }

  private Known ask(String userId, Instant now) {
    try {
      return new Known(lookup.isAdmin(userId), now.plus(KEEP));
    } catch (Exception e) {
      metrics.platformError(SlackMapper.PLATFORM, SlackFailures.code(e));
      log.warn("Could not ask Slack whether {} is an admin: {}", userId, e.toString());
      return new Known(false, now.plus(KEEP_FAILURE));
    }
  }

  private static boolean isAdmin(MethodsClient methods, String userId)
      throws IOException, SlackApiException, RefusedByPlatform {
    UsersInfoResponse response = methods.usersInfo(r -> r.user(userId));
    if (!response.isOk() || response.getUser() == null) {
      throw new RefusedByPlatform(String.valueOf(response.getError()));
    }
    User user = response.getUser();
    return user.isAdmin() || user.isOwner() || user.isPrimaryOwner();
  }
}
