package dev.briefing.slack.inbound;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.ChannelUnarchiveEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.LogIds;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.ChatReturns;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.slack.files.FileIntake;
import dev.briefing.slack.files.SharedFile;
import dev.briefing.slack.outbound.HomePublisher;
import dev.briefing.slack.outbound.ResponseSender;
import dev.briefing.slack.outbound.SlackChatAdapter;
import dev.briefing.slack.outbound.SlackFailures;
import dev.briefing.slack.rendering.SlackRenderer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners (mentions, direct messages, {@code /briefing}, App Home): each acknowledges at
 * once (Slack wants an answer within three seconds) and answers on the worker executor. Updates
 * Slack delivers again, or that someone replays with a valid signature, are skipped: events here by
 * their {@code event_id}, slash commands and interactive payloads by their {@code trigger_id} in
 * {@link ReplayGuard}, which runs first. Mentions and direct messages are answered with
 * chat.postMessage; the slash command through {@link SlashCommands}. A file shared in a direct
 * message or with a mention goes to {@link FileIntake}, which adds it as an article. A failure is
 * logged with the update id and never reaches Bolt.
 *
 * <p>Each message taken counts in {@link BotMetrics#messageIn}; its answer's latency runs from the
 * listener's call (the request verified and parsed) until the Web API accepted the first part of
 * the first reply, rate-limit waits included. Every log line about an update carries the MDC keys
 * of {@link Logs}.
 *
 * <p>Public for {@code SlackBot}, which registers them on its Bolt app; not for the app.
 */
public record SlackListeners(
    SlashCommands commands,
    SlackChatAdapter out,
    HomePublisher home,
    InboundDedup dedup,
    FileIntake files,
    Executor workers,
    ChatReturns returns) {
  /** The slash command the app manifest declares. */
  static final String COMMAND = "/briefing";

  private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);
  private static final SlackRenderer RENDERER = new SlackRenderer();

  /** The listeners, answering through {@code out} and the slash command's {@code responses}. */
  public static SlackListeners create(
      SlackMapper mapper,
      CommandRouter router,
      SlackChatAdapter out,
      ResponseSender responses,
      HomePublisher home,
      InboundDedup dedup,
      FileIntake files,
      Executor workers,
      BotMetrics metrics,
      Clock clock,
      ChatReturns returns) {
    return new SlackListeners(
        new SlashCommands(mapper, router, responses, metrics, clock),
        out,
        home,
        dedup,
        files,
        workers,
        returns);
  }

  /** Adds the {@link ReplayGuard} and every listener to {@code app}. */
  public void register(App app) {
    app.use(new ReplayGuard(dedup));
    app.event(
        AppMentionEvent.class,
        (payload, ctx) -> {
          AppMentionEvent event = payload.getEvent();
          String id = payload.getEventId();
          Instant arrived = commands.clock().instant();
          take(id, id, event.getChannel(), () -> onMention(event, id, arrived));
          return ctx.ack();
        });
    app.event(
        MessageEvent.class,
        (payload, ctx) -> {
          MessageEvent event = payload.getEvent();
          String id = payload.getEventId();
          Instant arrived = commands.clock().instant();
          take(id, id, event.getChannel(), () -> onDirectMessage(event, arrived));
          return ctx.ack();
        });
    // Bolt routes "message" events by subtype: file shares only ever reach this listener.
    app.event(
        MessageFileShareEvent.class,
        (payload, ctx) -> {
          MessageFileShareEvent event = payload.getEvent();
          String id = payload.getEventId();
          Instant arrived = commands.clock().instant();
          take(
              id,
              id,
              event.getChannel(),
              () ->
                  commands
                      .mapper()
                      .sharedFile(event)
                      .ifPresent(file -> addFile(file, id, arrived)));
          return ctx.ack();
        });
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab()) && event.getUser() != null) {
            String id = payload.getEventId();
            take(id, id, event.getChannel(), () -> publishHome(event.getUser()));
          }
          return ctx.ack();
        });
    // The bot back in a channel (re-invited, or the channel unarchived): its paused digests resume.
    app.event(
        MemberJoinedChannelEvent.class,
        (payload, ctx) -> {
          String id = payload.getEventId();
          commands
              .mapper()
              .botJoined(payload.getEvent())
              .ifPresent(chat -> take(id, id, chat.chatId(), () -> back(chat)));
          return ctx.ack();
        });
    app.event(
        ChannelUnarchiveEvent.class,
        (payload, ctx) -> {
          String id = payload.getEventId();
          commands
              .mapper()
              .unarchived(payload.getEvent())
              .ifPresent(chat -> take(id, id, chat.chatId(), () -> back(chat)));
          return ctx.ack();
        });
    app.command(
        COMMAND,
        (request, ctx) -> {
          SlashCommandPayload payload = request.getPayload();
          Instant arrived = commands.clock().instant();
          // Replays were skipped by the ReplayGuard already.
          take(
              null,
              payload.getTriggerId(),
              payload.getChannelId(),
              () -> commands.answer(payload, arrived));
          return ctx.ack();
        });
  }

  // Runs the work unless an update with this key was taken before (a retry or a replay).
  private void take(String key, String updateId, String chatId, Runnable work) {
    try (LogIds.Scope ids = Logs.about(chatId, updateId)) {
      if (key != null && !dedup.firstTime(key)) {
        log.debug("Skipped Slack update {}: already handled", updateId);
        return;
      }
      run(updateId, chatId, work);
    }
  }

  private void back(ChatAddress chat) {
    returns.reachableAgain(chat).ifPresent(note -> out.send(chat, note));
  }

  private void onDirectMessage(MessageEvent event, Instant arrived) {
    commands.mapper().directMessage(event).ifPresent(message -> answer(message, arrived));
  }

  // A mention carrying a file adds it; any other is a question or a command.
  private void onMention(AppMentionEvent event, String eventId, Instant arrived) {
    commands
        .mapper()
        .sharedFile(event)
        .ifPresentOrElse(
            file -> addFile(file, eventId, arrived),
            () -> commands.mapper().mention(event).ifPresent(message -> answer(message, arrived)));
  }

  private void answer(IncomingMessage message, Instant arrived) {
    commands.metrics().messageIn(SlackMapper.PLATFORM);
    reply(message.chat(), commands.router().route(message), arrived);
  }

  private void addFile(SharedFile file, String eventId, Instant arrived) {
    commands.metrics().messageIn(SlackMapper.PLATFORM);
    reply(file.chat(), files.take(file, eventId), arrived);
  }

  private void reply(ChatAddress chat, List<Reply> replies, Instant arrived) {
    for (int i = 0; i < replies.size(); i++) {
      Runnable firstAccepted =
          i == 0
              ? () ->
                  commands
                      .metrics()
                      .answered(
                          SlackMapper.PLATFORM,
                          Duration.between(arrived, commands.clock().instant()))
              : () -> {};
      out.queue(chat, commands.mapper().bareWords(replies.get(i)), firstAccepted);
    }
  }

  private void publishHome(String userId) {
    try {
      home.publish(
          userId,
          RENDERER.home(
              commands.mapper().bareWords(Reply.text(commands.router().helpText())).text()));
    } catch (IOException | SlackApiException e) {
      commands.metrics().platformError(SlackMapper.PLATFORM, SlackFailures.code(e));
      log.warn("Could not publish the App Home of {}: {}", userId, e.getMessage());
    }
  }

  private void run(String updateId, String chatId, Runnable work) {
    Runnable guarded =
        () -> {
          try (LogIds.Scope ids = Logs.about(chatId, updateId)) {
            try {
              work.run();
            } catch (RuntimeException e) {
              log.error("Failed to handle Slack update {}", updateId, e);
            }
          }
        };
    try {
      workers.execute(guarded);
    } catch (RejectedExecutionException e) {
      log.warn("Dropped Slack update {}: the bot is shutting down", updateId);
    }
  }
}
