package dev.briefing.telegram;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles one update: skips it if seen before (Telegram may deliver twice), maps it, applies the
 * access policy, fetches its document if any, routes it and queues the replies. Outsiders get one
 * polite refusal per chat, then silence. Never throws: a failure is logged with the update id.
 */
final class UpdateHandler {
  private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
  private static final int REMEMBERED = 10_000;

  private final TelegramMapper mapper;
  private final AccessPolicy access;
  private final CommandRouter router;
  private final TelegramChatAdapter out;
  private final DocumentFetcher documents;
  private final BoundedSet<Integer> seen = new BoundedSet<>(REMEMBERED);
  private final BoundedSet<String> refused = new BoundedSet<>(REMEMBERED);

  UpdateHandler(
      TelegramMapper mapper,
      AccessPolicy access,
      CommandRouter router,
      TelegramChatAdapter out,
      FileDownloader downloader) {
    this.mapper = mapper;
    this.access = access;
    this.router = router;
    this.out = out;
    this.documents = new DocumentFetcher(downloader);
  }

  void handle(Update update) {
    Integer id = update.getUpdateId();
    if (id != null && !seen.add(id)) {
      log.debug("Skipped Telegram update {}: already handled", id);
      return;
    }
    try {
      mapper.map(update).ifPresent(addressed -> answer(addressed, id));
    } catch (RuntimeException e) {
      log.error("Failed to handle Telegram update {}", id, e);
    }
  }

  private void answer(AddressedMessage addressed, Integer updateId) {
    IncomingMessage message = addressed.message();
    ChatAddress chat = message.chat();
    if (!access.admits(message)) {
      if (refused.add(chat.chatId())) {
        log.info(
            "Refused user {} in Telegram chat {}: not on the allowlist", message.userId(), chat);
        out.reply(chat, Reply.text(AccessPolicy.NOT_ALLOWED), addressed.messageId());
      }
      return;
    }
    Optional<String> refusal = access.adminRefusal(message);
    if (refusal.isPresent()) {
      out.reply(chat, Reply.text(refusal.get()), addressed.messageId());
      return;
    }
    IncomingMessage routed;
    try {
      routed = documents.attach(addressed, updateId);
    } catch (BriefingException e) {
      out.reply(chat, Reply.text(e.getMessage()), addressed.messageId());
      return;
    }
    for (Reply reply : router.route(routed)) {
      out.reply(chat, reply, addressed.messageId());
    }
  }
}
