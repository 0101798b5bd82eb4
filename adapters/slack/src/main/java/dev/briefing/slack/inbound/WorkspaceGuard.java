package dev.briefing.slack.inbound;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.briefing.core.store.RecentSet;
import dev.briefing.slack.settings.SlackAccess;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt middleware that drops every request from a workspace not in {@code SLACK_ALLOWED_WORKSPACES}
 * before any listener runs: acknowledged with an empty 200 (so Slack neither retries nor shows an
 * error) and not answered. An app installed in several workspaces signs all their requests with one
 * secret, so a valid signature does not say which workspace may use this bot. The workspace is the
 * one the app was installed in: an event's {@code authorizations[0].team_id} (as Bolt reads it; in
 * a channel shared with another organisation the top-level {@code team_id} can be the other
 * side's), else its {@code team_id}; a command's {@code team_id}; an interaction's {@code team.id}.
 * Bolt's own authorization overwrites the context's team with the bot token's, so the request is
 * read here. Each refused workspace is logged once.
 */
final class WorkspaceGuard implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(WorkspaceGuard.class);
  private static final Set<RequestType> UNGUARDED =
      Set.of(
          RequestType.SSLCheck,
          RequestType.UrlVerification,
          RequestType.OAuthStart,
          RequestType.OAuthCallback);

  private final SlackAccess access;
  private final RecentSet<String> logged = new RecentSet<>(1_000);

  WorkspaceGuard(SlackAccess access) {
    this.access = access;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (access.workspaces().isEmpty() || UNGUARDED.contains(req.getRequestType())) {
      return chain.next(req);
    }
    String team = teamId(req);
    if (access.admitsWorkspace(team)) {
      return chain.next(req);
    }
    if (logged.add(String.valueOf(team))) {
      log.info("Ignored Slack requests from workspace {}: not in SLACK_ALLOWED_WORKSPACES", team);
    }
    return Response.ok();
  }

  /** The workspace a request comes from; null when it names none. */
  static String teamId(Request<?> req) {
    if (req instanceof EventRequest) {
      return eventTeam(req.getRequestBodyAsString());
    }
    if (req instanceof SlashCommandRequest command) {
      return command.getPayload().getTeamId();
    }
    if (req instanceof BlockActionRequest action) {
      var team = action.getPayload().getTeam();
      return team == null ? null : team.getId();
    }
    if (req instanceof BlockSuggestionRequest suggestion) {
      var team = suggestion.getPayload().getTeam();
      return team == null ? null : team.getId();
    }
    if (req instanceof GlobalShortcutRequest shortcut) {
      var team = shortcut.getPayload().getTeam();
      return team == null ? null : team.getId();
    }
    if (req instanceof MessageShortcutRequest shortcut) {
      var team = shortcut.getPayload().getTeam();
      return team == null ? null : team.getId();
    }
    if (req instanceof ViewSubmissionRequest submission) {
      var team = submission.getPayload().getTeam();
      return team == null ? null : team.getId();
    }
    return null;
  }

  private static String eventTeam(String body) {
    try {
      JsonObject payload = JsonParser.parseString(body).getAsJsonObject();
      JsonElement authorizations = payload.get("authorizations");
      if (authorizations instanceof JsonArray list
          && !list.isEmpty()
          && list.get(0) instanceof JsonObject first
          && text(first.get("team_id")) != null) {
        return text(first.get("team_id"));
      }
      return text(payload.get("team_id"));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String text(JsonElement element) {
    return element == null || !element.isJsonPrimitive() ? null : element.getAsString();
  }
}
