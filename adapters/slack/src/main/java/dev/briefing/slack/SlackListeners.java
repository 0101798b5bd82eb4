package dev.briefing.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners (mentions, direct messages, {@code /briefing}, App Home): each acknowledges at
 * once (Slack wants an answer within three seconds) and answers on the worker executor. Events
 * Slack delivers again are skipped by their {@code event_id}. Mentions and direct messages are
 * answered with chat.postMessage; the slash command through its {@code response_url}, visible to
 * the person who typed it. A file shared in a direct message or with a mention goes to {@link
 * FileIntake}, which adds it as an article. A failure is logged with the event id and never reaches
 * Bolt.
 */
final class SlackListeners {
  /** The slash command the app manifest declares. */
  static final String COMMAND = "/briefing";

  private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

  private final SlackMapper mapper;
  private final CommandRouter router;
  private final ChatAdapter out;
  private final ResponseSender responses;
  private final HomePublisher home;
  private final EventDeduplicator dedup;
  private final FileIntake files;
  private final Executor workers;
  private final SlackRenderer renderer = new SlackRenderer();

  SlackListeners(
      SlackMapper mapper,
      CommandRouter router,
      ChatAdapter out,
      ResponseSender responses,
      HomePublisher home,
      EventDeduplicator dedup,
      FileIntake files,
      Executor workers) {
    this.mapper = mapper;
    this.router = router;
    this.out = out;
    this.responses = responses;
    this.home = home;
    this.dedup = dedup;
    this.files = files;
    this.workers = workers;
  }

  void register(App app) {
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent event = payload.getEvent();
          String id = payload.getEventId();
          onEvent(id, () -> onMention(event, id));
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent event = payload.getEvent();
          onEvent(payload.getEventId(), () -> mapper.directMessage(event).ifPresent(this::answer));
          return ctx.ack();
        });
    // Bolt routes "message" events by subtype: file shares only ever reach this listener.
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent event = payload.getEvent();
          String id = payload.getEventId();
          onEvent(id, () -> mapper.sharedFile(event).ifPresent(file -> addFile(file, id)));
          return ctx.ack();
        });
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab()) && event.getUser() != null) {
            onEvent(payload.getEventId(), () -> publishHome(event.getUser()));
          }
          return ctx.ack();
        });
    app.command(
        COMMAND,
        (request, ctx) -> {
          SlashCommandPayload payload = request.getPayload();
          run("slash command from " + payload.getUserId(), () -> answerCommand(payload));
          return ctx.ack();
        });
  }

  // Runs the work unless Slack delivered this event before (a retry).
  private void onEvent(String eventId, Runnable work) {
    if (eventId != null && !dedup.firstTime(eventId)) {
      log.debug("Skipped Slack event {}: already handled", eventId);
      return;
    }
    run("event " + eventId, work);
  }

  private void answer(IncomingMessage message) {
    for (Reply reply : router.route(message)) {
      out.send(message.chat(), reply);
    }
  }

  // A mention carrying a file adds it; any other is a question or a command.
  private void onMention(AppMentionEvent event, String eventId) {
    mapper
        .sharedFile(event)
        .ifPresentOrElse(
            file -> addFile(file, eventId), () -> mapper.mention(event).ifPresent(this::answer));
  }

  private void addFile(SharedFile file, String eventId) {
    for (Reply reply : files.take(file, eventId)) {
      out.send(file.chat(), reply);
    }
  }

  private void answerCommand(SlashCommandPayload payload) {
    IncomingMessage message = mapper.command(payload);
    for (Reply reply : router.route(message)) {
      for (SlackMessage rendered : renderer.render(reply)) {
        try {
          int status = responses.send(payload.getResponseUrl(), rendered);
          if (status / 100 != 2) {
            log.warn("Slack refused a slash command response (HTTP {})", status);
          }
        } catch (IOException e) {
          log.warn("Could not answer a slash command via its response_url: {}", e.getMessage());
        }
      }
    }
  }

  private void publishHome(String userId) {
    try {
      home.publish(userId, renderer.home(router.helpText()));
    } catch (IOException | SlackApiException e) {
      log.warn("Could not publish the App Home of {}: {}", userId, e.getMessage());
    }
  }

  private void run(String what, Runnable work) {
    Runnable guarded =
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            log.error("Failed to handle Slack {}", what, e);
          }
        };
    try {
      workers.execute(guarded);
    } catch (RejectedExecutionException e) {
      log.warn("Dropped Slack {}: the bot is shutting down", what);
    }
  }
}
