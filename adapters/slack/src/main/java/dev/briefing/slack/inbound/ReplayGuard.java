package dev.briefing.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.store.InboundDedup;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt middleware that answers a slash command or an interactive payload (block action, shortcut,
 * view submission) once: Slack gives each invocation its own {@code trigger_id} and never retries
 * these, so a second request with the same one is a signed request replayed within the five minutes
 * its signature is valid. The replay is acknowledged (200, empty) and goes no further. Runs after
 * Bolt's request verification, so forged requests never reach the de-duplicator. Keys are {@value
 * #COMMAND_KEY} or {@value #INTERACTION_KEY} and the trigger id, apart from event ids.
 */
final class ReplayGuard implements Middleware {
  static final String COMMAND_KEY = "command:";
  static final String INTERACTION_KEY = "interaction:";

  private static final Logger log = LoggerFactory.getLogger(ReplayGuard.class);

  /** What a request is remembered by, and the ids its log lines carry. */
  private record Key(String value, String triggerId, String chatId) {
    static Optional<Key> of(String prefix, String triggerId, String chatId) {
      return triggerId == null || triggerId.isBlank()
          ? Optional.empty()
          : Optional.of(new Key(prefix + triggerId, triggerId, chatId));
    }
  }

  private final InboundDedup dedup;

  ReplayGuard(InboundDedup dedup) {
    this.dedup = dedup;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    Optional<Key> key = key(req);
    if (key.isPresent()) {
      try (LogIds.Scope ids = Logs.about(key.get().chatId(), key.get().triggerId())) {
        if (!dedup.firstTime(key.get().value())) {
          log.debug("Skipped Slack update {}: a replay", key.get().triggerId());
          return Response.ok();
        }
      }
    }
    return chain.next(req);
  }

  private static Optional<Key> key(Request<?> req) {
    if (req instanceof SlashCommandRequest command) {
      SlashCommandPayload payload = command.getPayload();
      return Key.of(COMMAND_KEY, payload.getTriggerId(), payload.getChannelId());
    }
    if (req instanceof BlockActionRequest action) {
      BlockActionPayload payload = action.getPayload();
      String chat = payload.getChannel() == null ? null : payload.getChannel().getId();
      return Key.of(INTERACTION_KEY, payload.getTriggerId(), chat);
    }
    if (req instanceof MessageShortcutRequest shortcut) {
      MessageShortcutPayload payload = shortcut.getPayload();
      String chat = payload.getChannel() == null ? null : payload.getChannel().getId();
      return Key.of(INTERACTION_KEY, payload.getTriggerId(), chat);
    }
    if (req instanceof GlobalShortcutRequest shortcut) {
      return Key.of(INTERACTION_KEY, shortcut.getPayload().getTriggerId(), null);
    }
    if (req instanceof ViewSubmissionRequest submission) {
      return Key.of(INTERACTION_KEY, submission.getPayload().getTriggerId(), null);
    }
    return Optional.empty();
  }
}
