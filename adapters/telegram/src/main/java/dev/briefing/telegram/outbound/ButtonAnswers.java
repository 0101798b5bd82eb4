package dev.briefing.telegram.outbound;

import dev.briefing.core.metrics.BotMetrics;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Answers button presses ({@code answerCallbackQuery}) on the caller's thread. Not queued: Telegram
 * shows the presser a spinner until the answer arrives, the answer is no chat message (no chat
 * pacing applies), and one that fails is not worth a retry, since the query expires within seconds.
 * A failure is logged and counted, never thrown.
 */
final class ButtonAnswers {
  private static final Logger log = LoggerFactory.getLogger(ButtonAnswers.class);

  private final MessageSender sender;
  private final BotMetrics metrics;

  ButtonAnswers(MessageSender sender, BotMetrics metrics) {
    this.sender = sender;
    this.metrics = metrics;
  }

  void answer(String callbackQueryId, Optional<String> notice) {
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
        AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId);
    notice.ifPresent(text -> answer.text(text).showAlert(false));
    try {
      sender.answer(answer.build());
    } catch (TelegramApiException | RuntimeException e) {
      Exception error = e;
      metrics.platformError(TelegramChatAdapter.PLATFORM, TelegramFailures.code(error));
      log.warn("Could not answer a Telegram button press: {}", TelegramFailures.of(error));
    }
  }
}
