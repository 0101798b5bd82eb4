package dev.briefing.slack.inbound;

import com.slack.api.model.block.LayoutBlock;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.rendering.SlackButtons;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code /briefing} answers waiting to be shared in their channel, each under a short random
 * token that its "Share in channel" button carries. Bounded ({@value #MAX} answers, the oldest
 * dropped first) and kept {@link #TTL}, as long as Slack lets the ephemeral message answer; a token
 * is shared once, by the person who asked, in the channel they asked in. In memory: after a restart
 * the buttons have expired.
 */
final class SharedAnswers {
  static final int MAX = 1_000;

  /** How long an answer can be shared: the life of a slash command's response_url. */
  static final Duration TTL = Duration.ofMinutes(30);

  private record Kept(String userId, String chatId, Reply reply, Instant until) {}

  private static final SlackRenderer RENDERER = new SlackRenderer();

  private final Map<String, Kept> kept = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  SharedAnswers(Clock clock) {
    this.clock = clock;
  }

  /**
   * The reply as ephemeral messages for {@code userId}: its own buttons and "Share in channel"
   * under the last; empty when it has nothing to show.
   */
  List<SlackMessage> privately(ChatAddress chat, String userId, Reply reply) {
    List<SlackMessage> messages = RENDERER.render(reply);
    if (messages.isEmpty()) {
      return messages;
    }
    List<LayoutBlock> buttons = new ArrayList<>(SlackButtons.blocks(reply.buttons()));
    buttons.add(SlackButtons.share(keep(chat, userId, reply)));
    return SlackButtons.attach(messages, buttons);
  }

  /** Keeps {@code reply}, which {@code userId} got in {@code chat}; the token to share it by. */
  synchronized String keep(ChatAddress chat, String userId, Reply reply) {
    Instant now = clock.instant();
    dropExpired(now);
    while (kept.size() >= MAX) {
      kept.remove(kept.keySet().iterator().next());
    }
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    kept.put(token, new Kept(userId, chat.chatId(), reply, now.plus(TTL)));
    return token;
  }

  /**
   * The answer of {@code token}, taken so it is shared once; empty when the token is unknown,
   * expired, or was not given to {@code userId} in {@code chat}.
   */
  synchronized Optional<Reply> take(String token, ChatAddress chat, String userId) {
    dropExpired(clock.instant());
    Kept answer = token == null ? null : kept.get(token);
    if (answer == null
        || !answer.userId().equals(userId)
        || !answer.chatId().equals(chat.chatId())) {
      return Optional.empty();
    }
    kept.remove(token);
    return Optional.of(answer.reply());
  }

  synchronized int size() {
    return kept.size();
  }

  private void dropExpired(Instant now) {
    Iterator<Kept> answers = kept.values().iterator();
    while (answers.hasNext()) {
      if (!answers.next().until().isAfter(now)) {
        answers.remove();
      }
    }
  }
}
