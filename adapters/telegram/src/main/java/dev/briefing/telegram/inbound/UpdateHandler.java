package dev.briefing.telegram.inbound;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.digest.ChatReturns;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.store.InboundDedup;
import dev.briefing.core.store.RecentSet;
import dev.briefing.telegram.files.FileDownloader;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import dev.briefing.telegram.outbound.TelegramProgress;
import dev.briefing.telegram.outbound.TypingIndicator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles one update: skips it if seen before (Telegram may deliver twice), maps it, applies the
 * access policy, fetches its document if any, routes it and queues the replies. Outsiders get one
 * polite refusal per chat, then silence; in groups and channels, admin commands from members who
 * are not the chat's admins get a one-line refusal, before any download. An answer that takes over
 * a second shows "typing…" until it is queued. Never throws: a failure is logged with the update
 * id.
 *
 * <p>Its log lines, and those of the replies it queues, carry the MDC keys of {@link LogContext}.
 * It counts a message in for each message the access policy admits, and the answer's latency from
 * the update's arrival to Telegram accepting the first message of the answer (not its queueing:
 * what the user waits for includes the rate limits and retries).
 *
 * <p>Presses of inline buttons go to {@link ButtonPresses}, through the same dedup and access
 * checks. A command that reports progress ({@link TelegramProgress}) posts a message that its
 * answer then edits into the answer's first part.
 */
public final class UpdateHandler {
  private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
  private static final int REMEMBERED = 10_000;

  private final TelegramMapper mapper;
  private final AccessPolicy access;
  private final CommandRouter router;
  private final TelegramChatAdapter out;
  private final DocumentFetcher documents;
  private final Clock clock;
  private final BotMetrics metrics;
  private final InboundDedup seen;
  private final ChatReturns returns;
  private final RecentSet<String> refused = new RecentSet<>(REMEMBERED);
  private final AccessPolicy.ChatAdmins chatAdmins;
  private final TypingIndicator typing;
  private final ButtonPresses presses;

  /** A handler that knows no chat admins (only configured ones) and shows no typing. */
  public UpdateHandler(
      TelegramMapper mapper,
      AccessPolicy access,
      CommandRouter router,
      TelegramChatAdapter out,
      FileDownloader downloader,
      Clock clock,
      BotMetrics metrics,
      InboundDedup seen,
      ChatReturns returns) {
    this(
        mapper,
        access,
        router,
        out,
        downloader,
        clock,
        metrics,
        seen,
        returns,
        AccessPolicy.ChatAdmins.NONE,
        TypingIndicator.none());
  }

  /**
   * @param chatAdmins who administers a group or channel, asked for admin commands there
   * @param typing shows "typing…" while an answer takes long
   */
  public UpdateHandler(
      TelegramMapper mapper,
      AccessPolicy access,
      CommandRouter router,
      TelegramChatAdapter out,
      FileDownloader downloader,
      Clock clock,
      BotMetrics metrics,
      InboundDedup seen,
      ChatReturns returns,
      AccessPolicy.ChatAdmins chatAdmins,
      TypingIndicator typing) {
    this.chatAdmins = chatAdmins;
    this.typing = typing;
    this.seen = seen;
    this.returns = returns;
    this.clock = clock;
    this.metrics = metrics;
    this.mapper = mapper;
    this.access = access;
    this.router = router;
    this.out = out;
    this.documents = new DocumentFetcher(downloader);
    this.presses = new ButtonPresses(mapper, access, chatAdmins, router, out, metrics);
  }

  /** Handles an update that arrived now. */
  void handle(Update update) {
    handle(update, clock.instant());
  }

  /** Handles an update that arrived at {@code arrived}, where its answer's latency starts. */
  @SuppressWarnings("try") // the LogContext is used for its MDC scope only
  void handle(Update update, Instant arrived) {
    Integer id = update.getUpdateId();
    try (LogContext context = LogContext.of(chatId(update), id)) {
      if (id != null && !seen.firstTime(id.toString())) {
        log.debug("Skipped Telegram update {}: already handled", id);
        return;
      }
      try {
        Optional<ChatAddress> back = mapper.reachableAgain(update);
        if (back.isPresent()) {
          returns.reachableAgain(back.get()).ifPresent(note -> out.send(back.get(), note));
          return;
        }
        if (update.getCallbackQuery() != null) {
          presses.handle(update.getCallbackQuery(), id, answeredOnce(arrived));
          return;
        }
        mapper.map(update).ifPresent(addressed -> answer(addressed, id, arrived));
      } catch (RuntimeException e) {
        log.error("Failed to handle Telegram update {}", id, e);
      }
    }
  }

  private void answer(AddressedMessage addressed, Integer updateId, Instant arrived) {
    IncomingMessage message = addressed.message();
    ChatAddress chat = message.chat();
    if (!access.admits(message)) {
      if (refused.add(chat.chatId())) {
        log.info(
            "Refused user {} in Telegram chat {}: not on the allowlist", message.userId(), chat);
        out.answer(chat, Reply.text(AccessPolicy.NOT_ALLOWED), addressed.messageId(), updateId);
      }
      return;
    }
    metrics.messageIn(TelegramMapper.PLATFORM);
    Runnable answered = answeredOnce(arrived);
    // Before any download: a refused file is never fetched.
    Optional<String> refusal = access.adminRefusal(message, addressed.shared(), chatAdmins);
    if (refusal.isPresent()) {
      out.answer(chat, Reply.text(refusal.get()), addressed.messageId(), updateId, answered);
      return;
    }
    TypingIndicator.Typing preparing = typing.start(chat);
    try {
      route(addressed, updateId, answered);
    } finally {
      preparing.stop();
    }
  }

  private void route(AddressedMessage addressed, Integer updateId, Runnable answered) {
    ChatAddress chat = addressed.message().chat();
    IncomingMessage routed;
    try {
      routed = documents.attach(addressed, updateId);
    } catch (BriefingException e) {
      out.answer(chat, Reply.text(e.getMessage()), addressed.messageId(), updateId, answered);
      return;
    }
    // A slow command's progress message becomes its answer's first message.
    TelegramProgress progress = out.progress(chat, addressed.messageId(), updateId);
    for (Reply reply : router.route(routed.withProgress(progress))) {
      out.answer(chat, reply, addressed.messageId(), updateId, answered, progress.claim());
    }
  }

  // One latency per message, however many replies it gets: the first one accepted ends the wait.
  private Runnable answeredOnce(Instant arrived) {
    AtomicBoolean done = new AtomicBoolean();
    return () -> {
      if (done.compareAndSet(false, true)) {
        Duration latency = Duration.between(arrived, clock.instant());
        metrics.answered(TelegramMapper.PLATFORM, latency.isNegative() ? Duration.ZERO : latency);
      }
    };
  }

  private static String chatId(Update update) {
    Message message = update.getMessage() != null ? update.getMessage() : update.getChannelPost();
    if (message != null && message.getChatId() != null) {
      return String.valueOf(message.getChatId());
    }
    CallbackQuery press = update.getCallbackQuery();
    if (press != null && press.getMessage() != null && press.getMessage().getChat() != null) {
      return String.valueOf(press.getMessage().getChat().getId());
    }
    return update.getMyChatMember() == null || update.getMyChatMember().getChat() == null
        ? null
        : String.valueOf(update.getMyChatMember().getChat().getId());
  }
}
