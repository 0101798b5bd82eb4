package dev.briefing.slack.inbound;

import dev.briefing.core.chat.AccessPolicy;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.slack.inbound.ButtonPress.Surface;
import dev.briefing.slack.outbound.ActionResponder;
import dev.briefing.slack.outbound.ActionResponder.Mode;
import dev.briefing.slack.outbound.LiveMessages;
import dev.briefing.slack.outbound.SlackChatAdapter;
import dev.briefing.slack.outbound.SlackFailures;
import dev.briefing.slack.rendering.SlackButtons;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acts on a button press, on a worker thread after Bolt acknowledged it: runs the button's command
 * through {@code CommandRouter.click} with the presser's permissions and answers where the button
 * was. A page of {@code /articles} replaces the pressed message (chat.update, or the response_url
 * for an ephemeral one); other answers go to the channel or thread, or privately when the pressed
 * message was private; on the App Home the tab is published again with the answer on top. An
 * expired, forged or foreign button changes nothing and tells only the presser "This button has
 * expired." The "Share in channel" button posts the kept {@code /briefing} answer for everyone.
 */
final class ButtonPresses {
  /** What the presser of a button that no longer works reads. */
  static final String EXPIRED = "This button has expired.";

  /** The commands whose answer replaces the message whose button was pressed (paging). */
  static final Set<String> IN_PLACE = Set.of("articles");

  private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);
  private static final SlackRenderer RENDERER = new SlackRenderer();

  /** Publishes a user's App Home again, with a note on top; a lambda of the listeners. */
  @FunctionalInterface
  interface HomeRefresh {
    void publish(String userId, String dmChannel, Optional<String> note);
  }

  private final SlashCommands commands;
  private final SlackChatAdapter out;
  private final LiveMessages live;
  private final ActionResponder responder;
  private final SharedAnswers shared;
  private final HomeRefresh home;

  ButtonPresses(
      SlashCommands commands,
      SlackChatAdapter out,
      LiveMessages live,
      ActionResponder responder,
      SharedAnswers shared,
      HomeRefresh home) {
    this.commands = commands;
    this.out = out;
    this.live = live;
    this.responder = responder;
    this.shared = shared;
    this.home = home;
  }

  /** Handles one press of a reply button ({@link SlackButtons#ACTION}). */
  void click(ButtonPress press) {
    metrics().messageIn(SlackMapper.PLATFORM);
    IncomingMessage message = press.message();
    if (!clickable(message)) { // forged: expired, whoever pressed it
      expired(press);
      return;
    }
    if (!admitted(press)) {
      return;
    }
    Optional<List<Reply>> replies = commands.router().click(message);
    if (replies.isEmpty()) {
      expired(press);
      return;
    }
    List<Reply> answer = replies.get().stream().map(commands.mapper()::bareWords).toList();
    switch (press.surface()) {
      case HOME -> home.publish(message.userId(), message.chat().chatId(), note(answer));
      case EPHEMERAL -> privately(press, answer, inPlace(message));
      case MESSAGE -> visibly(press, answer, inPlace(message));
    }
  }

  /** Handles one press of "Share in channel" ({@link SlackButtons#SHARE}). */
  void share(ButtonPress press) {
    metrics().messageIn(SlackMapper.PLATFORM);
    IncomingMessage message = press.message();
    if (!admitted(press)) {
      return;
    }
    Optional<Reply> answer = shared.take(message.text(), message.chat(), message.userId());
    if (answer.isEmpty() || press.responseUrl() == null) {
      expired(press);
      return;
    }
    for (SlackMessage part : out.messages(answer.get())) {
      respond(press.responseUrl(), Mode.IN_CHANNEL, part);
    }
  }

  /**
   * The access checks of typed messages ({@link AccessGate}): a button runs only what its presser
   * could have typed. A refusal is told to the presser alone, every time.
   */
  private boolean admitted(ButtonPress press) {
    AccessGate.Verdict verdict =
        commands.access().check(press.message(), AccessGate.Outsiders.REFUSE);
    if (!verdict.proceed()) {
      verdict.answer().ifPresent(text -> tell(press, text));
    }
    return verdict.proceed();
  }

  private void expired(ButtonPress press) {
    log.debug("Slack button {} has expired", press.actionId());
    tell(press, EXPIRED);
  }

  // Shows text to the presser only: on their Home tab, or as an ephemeral message.
  private void tell(ButtonPress press, String text) {
    if (press.surface() == Surface.HOME) {
      home.publish(press.message().userId(), press.message().chat().chatId(), Optional.of(text));
    } else if (press.responseUrl() != null) {
      respond(press.responseUrl(), Mode.EPHEMERAL, RENDERER.render(Reply.text(text)).get(0));
    }
  }

  private void visibly(ButtonPress press, List<Reply> answer, boolean inPlace) {
    for (int i = 0; i < answer.size(); i++) {
      List<SlackMessage> parts = out.messages(answer.get(i));
      String channel = press.message().chat().chatId();
      if (i == 0
          && inPlace
          && !parts.isEmpty()
          && live.update(channel, press.messageTs(), parts.get(0))) {
        parts = parts.subList(1, parts.size());
      }
      out.queueRendered(press.message().chat(), parts, () -> {});
    }
  }

  private void privately(ButtonPress press, List<Reply> answer, boolean inPlace) {
    IncomingMessage message = press.message();
    for (int i = 0; i < answer.size(); i++) {
      List<SlackMessage> parts = shared.privately(message.chat(), message.userId(), answer.get(i));
      for (int p = 0; p < parts.size(); p++) {
        Mode mode = i == 0 && p == 0 && inPlace ? Mode.REPLACE : Mode.EPHEMERAL;
        respond(press.responseUrl(), mode, parts.get(p));
      }
    }
  }

  private boolean respond(String responseUrl, Mode mode, SlackMessage message) {
    try {
      int status = responder.respond(responseUrl, mode, message);
      if (status / 100 == 2) {
        metrics().messageOut(SlackMapper.PLATFORM);
        return true;
      }
      metrics().platformError(SlackMapper.PLATFORM, String.valueOf(status));
      log.warn("Slack refused a button response (HTTP {})", status);
    } catch (IOException e) {
      metrics().platformError(SlackMapper.PLATFORM, SlackFailures.code(e));
      log.warn("Could not answer a button via its response_url: {}", e.toString());
    }
    return false;
  }

  private static boolean clickable(IncomingMessage message) {
    return AccessPolicy.commandName(message.text())
        .filter(CommandRouter.CLICKABLE::contains)
        .isPresent();
  }

  private static boolean inPlace(IncomingMessage message) {
    return AccessPolicy.commandName(message.text()).filter(IN_PLACE::contains).isPresent();
  }

  private static Optional<String> note(List<Reply> answer) {
    return answer.stream().map(Reply::text).filter(t -> !t.isBlank()).findFirst();
  }

  private BotMetrics metrics() {
    return commands.metrics();
  }
}
