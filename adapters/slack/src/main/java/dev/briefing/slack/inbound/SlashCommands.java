package dev.briefing.slack.inbound;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.slack.outbound.ResponseSender;
import dev.briefing.slack.outbound.SlackFailures;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code /briefing} through the command's {@code response_url}, visible only to the person
 * who typed it, with a "Share in channel" button under each answer ({@link SharedAnswers}). Counts
 * the command in, each response Slack accepted out, the answer's latency from the command's arrival
 * to its first accepted response, and each refusal by its HTTP status. {@link AccessGate} (which
 * the other listeners share through this record) checks the command before it is routed; an
 * outsider is refused every time, as only they see the answer. A reply's file is not sent here: the
 * answer says where to ask for it.
 */
record SlashCommands(
    SlackMapper mapper,
    CommandRouter router,
    ResponseSender responses,
    BotMetrics metrics,
    Clock clock,
    SharedAnswers shared,
    AccessGate access) {
  private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);
  private static final SlackRenderer PLAIN = new SlackRenderer();

  /** Routes the command and posts each part of each reply to its response_url. */
  void answer(SlashCommandPayload payload, Instant arrived) {
    IncomingMessage message = mapper.command(payload);
    AccessGate.Verdict verdict = access.check(message, AccessGate.Outsiders.REFUSE);
    if (!verdict.proceed()) {
      verdict
          .answer()
          .ifPresent(
              text -> respond(payload.getResponseUrl(), PLAIN.render(Reply.text(text)).get(0)));
      return;
    }
    metrics.messageIn(SlackMapper.PLATFORM);
    boolean answered = false;
    for (Reply reply : router.route(message)) {
      Reply answer = withoutFile(mapper.bareWords(reply));
      for (SlackMessage rendered : shared.privately(message.chat(), message.userId(), answer)) {
        if (respond(payload.getResponseUrl(), rendered) && !answered) {
          answered = true;
          metrics.answered(SlackMapper.PLATFORM, Duration.between(arrived, clock.instant()));
        }
      }
    }
  }

  // A response_url takes no files, and an upload would show the private answer to the channel.
  private static Reply withoutFile(Reply reply) {
    return reply
        .file()
        .map(
            file ->
                reply.withText(
                    reply.text()
                        + "\n"
                        + "/briefing answers cannot carry files: send the same command to me in a"
                        + " direct message, or mention me with it, to get "
                        + file.name()
                        + "."))
        .orElse(reply);
  }

  private boolean respond(String responseUrl, SlackMessage rendered) {
    try {
      int status = responses.send(responseUrl, rendered);
      if (status / 100 == 2) {
        metrics.messageOut(SlackMapper.PLATFORM);
        return true;
      }
      metrics.platformError(SlackMapper.PLATFORM, String.valueOf(status));
      log.warn("Slack refused a slash command response (HTTP {})", status);
    } catch (IOException e) {
      metrics.platformError(SlackMapper.PLATFORM, SlackFailures.code(e));
      log.warn("Could not answer a slash command via its response_url: {}", e.toString());
    }
    return false;
  }
}
