package dev.briefing.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
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
import dev.briefing.slack.outbound.ActionResponder;
import dev.briefing.slack.outbound.HomePublisher;
import dev.briefing.slack.outbound.LiveMessages;
import dev.briefing.slack.outbound.ResponseSender;
import dev.briefing.slack.outbound.SlackChatAdapter;
import dev.briefing.slack.outbound.SlackProgress;
import dev.briefing.slack.rendering.SlackButtons;
import dev.briefing.slack.rendering.SlackMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners (mentions, direct messages, {@code /briefing}, App Home): each acknowledges at
 * once (Slack wants an answer within three seconds) and answers on the worker executor. Updates
 * Slack delivers again, or that someone replays with a valid signature, are skipped: events here by
 * their {@code event_id}, slash commands and interactive payloads by their {@code trigger_id} in
 * {@link ReplayGuard}, which runs first. Mentions and direct messages are answered with
 * chat.postMessage; the slash command through {@link SlashCommands}. A file shared in a direct
 * message or with a mention goes to {@link FileIntake}, which adds it as an article or, with {@code
 * feed import}, follows the feeds it lists; a reply's file is uploaded after its text. Button
 * presses (Block Kit {@code block_actions}) go to {@link ButtonPresses}. A slow command's progress
 * is a message that its answer then replaces ({@link SlackProgress}). A failure is logged with the
 * update id and never reaches Bolt.
 *
 * <p>Before any work, {@link WorkspaceGuard} drops other workspaces' requests and {@link
 * AccessGate} checks each message (allowlists, admin commands in channels); a reply in a channel
 * thread where the bot holds a conversation is for it without a mention ({@link ThreadReplies}).
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
    HomeTab home,
    ButtonPresses presses,
    LiveMessages live,
    InboundDedup dedup,
    FileIntake files,
    Executor workers,
    ChatReturns returns,
    ThreadReplies threads) {
  /** The slash command the app manifest declares. */
  static final String COMMAND = "/briefing";

  private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);

  /**
   * What Slack posts and updates at once, and how it answers button presses.
   *
   * @param homeListsDigests whether the App Home lists the user's digests: the router has {@code
   *     /subscriptions}
   */
  public record Interactive(
      LiveMessages live, ActionResponder responder, boolean homeListsDigests) {}

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
      ChatReturns returns,
      Interactive interactive,
      Audience audience) {
    SharedAnswers shared = new SharedAnswers(clock);
    AccessGate access = new AccessGate(audience.access(), audience.admins());
    SlashCommands commands =
        new SlashCommands(mapper, router, responses, metrics, clock, shared, access);
    HomeTab tab = new HomeTab(commands, home, interactive.homeListsDigests());
    ButtonPresses presses =
        new ButtonPresses(
            commands, out, interactive.live(), interactive.responder(), shared, tab::publish);
    return new SlackListeners(
        commands,
        out,
        tab,
        presses,
        interactive.live(),
        dedup,
        files,
        workers,
        returns,
        new ThreadReplies(mapper, audience.conversations(), dedup));
  }

  /** Adds the {@link ReplayGuard} and every listener to {@code app}. */
  public void register(App app) {
    app.use(new WorkspaceGuard(commands.access().access()));
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
          // With message.channels every line of every channel arrives here: only a direct message
          // or a thread reply (the mapper's pure checks) costs a dedup row and a worker.
          if (commands.mapper().directMessage(event).isEmpty()
              && commands.mapper().threadReply(event).isEmpty()) {
            return ctx.ack();
          }
          String id = payload.getEventId();
          Instant arrived = commands.clock().instant();
          take(id, id, event.getChannel(), () -> onMessage(event, arrived));
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
                      .filter(file -> admitsFile(file))
                      .ifPresent(file -> addFile(file, id, arrived)));
          return ctx.ack();
        });
    app.event(
        AppHomeOpenedEvent.class,
        (payload, ctx) -> {
          AppHomeOpenedEvent event = payload.getEvent();
          if ("home".equals(event.getTab())
              && event.getUser() != null
              && commands.access().admitsQuietly(event.getChannel(), event.getUser())) {
            String id = payload.getEventId();
            take(
                id,
                id,
                event.getChannel(),
                () -> home.publish(event.getUser(), event.getChannel(), Optional.empty()));
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
    // Acknowledged before any work; a payload without what our buttons always carry is ignored.
    app.blockAction(
        SlackButtons.ACTION,
        (request, ctx) -> press(request.getPayload(), presses::click, ctx.ack()));
    app.blockAction(
        SlackButtons.SHARE,
        (request, ctx) -> press(request.getPayload(), presses::share, ctx.ack()));
  }

  private <T> T press(BlockActionPayload payload, Consumer<ButtonPress> action, T ack) {
    String chat = payload.getChannel() == null ? null : payload.getChannel().getId();
    take(null, payload.getTriggerId(), chat, () -> ButtonPress.of(payload).ifPresent(action));
    return ack;
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

  // A direct message, or a reply in a channel thread where the bot holds a conversation.
  private void onMessage(MessageEvent event, Instant arrived) {
    Optional<IncomingMessage> direct = commands.mapper().directMessage(event);
    if (direct.isPresent()) {
      answer(direct.get(), AccessGate.Outsiders.REFUSE_ONCE, arrived);
    } else {
      threads
          .addressed(event)
          .ifPresent(message -> answer(message, AccessGate.Outsiders.IGNORE, arrived));
    }
  }

  // A mention carrying a file adds it; any other is a question or a command. A mention that is
  // also a thread reply reaches the message listener too: whichever comes first answers.
  private void onMention(AppMentionEvent event, String eventId, Instant arrived) {
    if (!threads.firstTime(event.getChannel(), event.getTs())) {
      return;
    }
    commands
        .mapper()
        .sharedFile(event)
        .ifPresentOrElse(
            file -> {
              if (admitsFile(file)) {
                addFile(file, eventId, arrived);
              }
            },
            () ->
                commands
                    .mapper()
                    .mention(event)
                    .ifPresent(
                        message -> answer(message, AccessGate.Outsiders.REFUSE_ONCE, arrived)));
  }

  // A shared file is /add or /feed import: checked as that command before anything is downloaded.
  private boolean admitsFile(SharedFile file) {
    IncomingMessage command = new IncomingMessage(file.chat(), file.userId(), file.command());
    return admitted(command, AccessGate.Outsiders.REFUSE_ONCE);
  }

  // The access check before any work: a refusal, if any, is the only thing sent.
  private boolean admitted(IncomingMessage message, AccessGate.Outsiders outsiders) {
    AccessGate.Verdict verdict = commands.access().check(message, outsiders);
    verdict.answer().ifPresent(text -> out.queue(message.chat(), Reply.text(text), () -> {}));
    return verdict.proceed();
  }

  private void answer(IncomingMessage message, AccessGate.Outsiders outsiders, Instant arrived) {
    if (!admitted(message, outsiders)) {
      return;
    }
    commands.metrics().messageIn(SlackMapper.PLATFORM);
    SlackProgress progress = live.progress(message.chat());
    List<Reply> replies = commands.router().route(message.withProgress(progress));
    reply(message.chat(), replies, arrived, progress);
  }

  private void addFile(SharedFile file, String eventId, Instant arrived) {
    commands.metrics().messageIn(SlackMapper.PLATFORM);
    SlackProgress progress = live.progress(file.chat()); // an import reads each feed: slow
    reply(file.chat(), files.take(file, eventId, progress), arrived, progress);
  }

  // The first message of the answer replaces the progress message, if one was shown.
  private void reply(
      ChatAddress chat, List<Reply> replies, Instant arrived, SlackProgress progress) {
    Runnable answered =
        () ->
            commands
                .metrics()
                .answered(
                    SlackMapper.PLATFORM, Duration.between(arrived, commands.clock().instant()));
    for (int i = 0; i < replies.size(); i++) {
      Runnable firstAccepted = i == 0 ? answered : () -> {};
      List<SlackMessage> parts = out.messages(commands.mapper().bareWords(replies.get(i)));
      if (i == 0 && progress != null && !parts.isEmpty() && progress.replaceWith(parts.get(0))) {
        answered.run();
        parts = parts.subList(1, parts.size());
        firstAccepted = () -> {};
      }
      List<SlackMessage> queued = new ArrayList<>(parts);
      queued.addAll(out.uploads(replies.get(i))); // a file goes after its text
      out.queueRendered(chat, queued, firstAccepted);
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
