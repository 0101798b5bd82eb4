package dev.briefing.slack.settings;

import dev.briefing.core.chat.AccessPolicy;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may use the bot on Slack: the workspaces whose requests it takes at all, and the core's
 * {@link AccessPolicy} over channel and user ids (allowlists, configured admins, admin commands).
 * Empty sets allow everyone.
 *
 * @param workspaces team ids ({@code T…}) whose requests are taken; any other workspace's request
 *     is acknowledged and dropped unanswered
 * @param policy channels ({@code C…}, {@code G…}, {@code D…}) and users ({@code U…}, {@code W…})
 *     the bot answers, its admins, and the commands reserved for admins in channels
 */
public record SlackAccess(Set<String> workspaces, AccessPolicy policy) {
  private static final Pattern WORKSPACE = Pattern.compile("T[A-Z0-9]{2,}");
  private static final Pattern CHANNEL = Pattern.compile("[CGD][A-Z0-9]{2,}");
  private static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,}");
  private static final Pattern COMMAND = Pattern.compile("[a-z][a-z0-9_]*");

  public SlackAccess {
    workspaces = Set.copyOf(workspaces);
    if (policy == null) {
      throw new IllegalArgumentException("policy must not be null");
    }
  }

  /** Every workspace, channel and user; the default admin commands are for channel admins. */
  public static SlackAccess open() {
    return new SlackAccess(Set.of(), AccessPolicy.open());
  }

  /**
   * Whether a request from this workspace is taken; a request naming none is not, if any is set.
   */
  public boolean admitsWorkspace(String teamId) {
    return workspaces.isEmpty() || (teamId != null && workspaces.contains(teamId));
  }

  /**
   * Reads {@code SLACK_ALLOWED_WORKSPACES}, {@code SLACK_ALLOWED_CHANNELS}, {@code
   * SLACK_ALLOWED_USERS}, {@code SLACK_ADMINS} and {@code SLACK_ADMIN_COMMANDS} (unset: {@link
   * AccessPolicy#DEFAULT_ADMIN_COMMANDS}; set but empty: none), adding each malformed id or name to
   * {@code problems}.
   */
  static SlackAccess fromEnvironment(Map<String, String> env, List<String> problems) {
    Set<String> workspaces =
        ids(env, "SLACK_ALLOWED_WORKSPACES", WORKSPACE, "workspace (team) ids, T…", problems);
    Set<String> channels =
        ids(env, "SLACK_ALLOWED_CHANNELS", CHANNEL, "channel ids, C…, G… or D…", problems);
    Set<String> users = ids(env, "SLACK_ALLOWED_USERS", USER, "user ids, U… or W…", problems);
    Set<String> admins = ids(env, "SLACK_ADMINS", USER, "user ids, U… or W…", problems);
    Set<String> commands = adminCommands(env.get("SLACK_ADMIN_COMMANDS"), problems);
    return new SlackAccess(workspaces, new AccessPolicy(channels, users, admins, commands));
  }

  private static Set<String> ids(
      Map<String, String> env, String name, Pattern format, String what, List<String> problems) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : list(env.get(name))) {
      if (format.matcher(id).matches()) {
        ids.add(id);
      } else {
        problems.add(
            name + " must list " + what + ", separated by commas (not names); not one: " + id);
      }
    }
    return ids;
  }

  private static Set<String> adminCommands(String value, List<String> problems) {
    if (value == null) {
      return AccessPolicy.DEFAULT_ADMIN_COMMANDS;
    }
    Set<String> names = new LinkedHashSet<>();
    for (String item : list(value)) {
      String name = item.replaceFirst("^/", "").toLowerCase(Locale.ROOT);
      if (COMMAND.matcher(name).matches()) {
        names.add(name);
      } else {
        problems.add(
            "SLACK_ADMIN_COMMANDS must list command names separated by commas; not one: " + item);
      }
    }
    return names;
  }

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
