package dev.briefing.telegram.settings;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.ChatAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A group's or channel's admins as Telegram reports them: {@code getChatMember} says {@code
 * administrator} or {@code creator}. Answers are cached for {@link #REMEMBERED} per chat and user,
 * so a burst of admin commands costs one call; a failed call (network, 400 for an unknown user)
 * counts as not an admin and is remembered only for {@link #RETRY_AFTER_FAILURE}, logged at warn
 * once until a call succeeds again. A chat speaking as itself (a channel post, an anonymous group
 * admin) is its own admin, without a call.
 */
public final class TelegramChatAdmins implements AccessPolicy.ChatAdmins {
  private static final Logger log = LoggerFactory.getLogger(TelegramChatAdmins.class);

  /** How long an answer of getChatMember stands: a demoted admin keeps the rights this long. */
  public static final Duration REMEMBERED = Duration.ofMinutes(5);

  /** How long a failed getChatMember counts as "not an admin" before it is asked again. */
  public static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

  static final int MAX_ENTRIES = 10_000;
  private static final Set<String> ADMIN = Set.of("administrator", "creator");

  /** Asks Telegram for a member's status in a chat: {@code getChatMember} in production. */
  @FunctionalInterface
  public interface MemberStatus {
    /** The member's status ({@code creator}, {@code administrator}, {@code member}…). */
    String of(String chatId, long userId) throws TelegramApiException;
  }

  private record Answer(boolean admin, Instant until) {}

  private final MemberStatus status;
  private final Clock clock;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final Map<String, Answer> answers =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  public TelegramChatAdmins(MemberStatus status, Clock clock) {
    this.status = status;
    this.clock = clock;
  }

  @Override
  public boolean isAdmin(ChatAddress chat, String userId) {
    if (chat.chatId().equals(userId)) {
      return true;
    }
    String key = chat.chatId() + ":" + userId;
    Instant now = clock.instant();
    synchronized (answers) {
      Answer known = answers.get(key);
      if (known != null && now.isBefore(known.until())) {
        return known.admin();
      }
    }
    Answer fresh = ask(chat.chatId(), userId, now);
    synchronized (answers) {
      answers.put(key, fresh);
    }
    return fresh.admin();
  }

  private Answer ask(String chatId, String userId, Instant now) {
    try {
      boolean admin = ADMIN.contains(status.of(chatId, Long.parseLong(userId)));
      warned.set(false);
      return new Answer(admin, now.plus(REMEMBERED));
    } catch (TelegramApiException | RuntimeException e) {
      if (warned.compareAndSet(false, true)) {
        log.warn(
            "Could not ask Telegram whether user {} administers chat {} ({}); treating them as"
                + " no admin for {}",
            userId,
            chatId,
            reason(e),
            RETRY_AFTER_FAILURE);
      } else {
        log.debug(
            "getChatMember failed again for user {} in chat {}: {}", userId, chatId, reason(e));
      }
      return new Answer(false, now.plus(RETRY_AFTER_FAILURE));
    }
  }

  // The Bot API's code and description, or the exception's type: never a message that could carry
  // the request URL (and so the token).
  private static String reason(Exception e) {
    if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
      return request.getErrorCode() + " " + request.getApiResponse();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
