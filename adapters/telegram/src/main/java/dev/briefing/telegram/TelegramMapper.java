package dev.briefing.telegram;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into a neutral message when it is meant for the bot. Private chats: every
 * text message. Groups: commands (bare or addressed {@code /cmd@thisbot}, not other bots'),
 * messages mentioning {@code @thisbot} (the mention is stripped) and replies to the bot's own
 * messages. Pure: no I/O.
 */
public final class TelegramMapper {
  /** The platform name in every {@link ChatAddress} this adapter makes. */
  public static final String PLATFORM = "telegram";

  private static final Pattern COMMAND = Pattern.compile("^/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?");

  private final BotIdentity bot;
  private final Pattern mention;

  public TelegramMapper(BotIdentity bot) {
    this.bot = bot;
    this.mention =
        Pattern.compile(
            "(?<![A-Za-z0-9_])@" + Pattern.quote(bot.username()) + "(?![A-Za-z0-9_])",
            Pattern.CASE_INSENSITIVE);
  }

  /** The message for the bot in this update, or empty when the bot should stay silent. */
  public Optional<AddressedMessage> map(Update update) {
    Message message = update.getMessage();
    if (message == null || message.getText() == null || message.getChat() == null) {
      return Optional.empty();
    }
    User from = message.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
      return Optional.empty();
    }
    return textForBot(message)
        .map(text -> new IncomingMessage(address(message), String.valueOf(from.getId()), text))
        .map(incoming -> new AddressedMessage(incoming, message.getMessageId()));
  }

  /** Where a reply to this message goes: its chat, and its forum topic if any. */
  public static ChatAddress address(Message message) {
    Optional<String> thread =
        Boolean.TRUE.equals(message.getIsTopicMessage()) && message.getMessageThreadId() != null
            ? Optional.of(String.valueOf(message.getMessageThreadId()))
            : Optional.empty();
    return new ChatAddress(PLATFORM, String.valueOf(message.getChat().getId()), thread);
  }

  private Optional<String> textForBot(Message message) {
    String text = message.getText().strip();
    if ("private".equals(message.getChat().getType())) {
      return Optional.of(text);
    }
    Matcher command = COMMAND.matcher(text);
    if (command.find()) {
      String target = command.group(1);
      boolean forUs = target == null || target.equalsIgnoreCase(bot.username());
      return forUs ? Optional.of(text) : Optional.empty();
    }
    Matcher mentioned = mention.matcher(text);
    if (mentioned.find()) {
      String rest = mentioned.replaceAll("").replaceAll("\\s{2,}", " ").strip();
      return Optional.of(rest.replaceFirst("^[,:;]\\s*", ""));
    }
    return repliesToBot(message) ? Optional.of(text) : Optional.empty();
  }

  private boolean repliesToBot(Message message) {
    Message original = message.getReplyToMessage();
    if (original == null || original.getFrom() == null) {
      return false;
    }
    User author = original.getFrom();
    return author.getId() != null && author.getId() == bot.userId()
        || author.getUserName() != null
            && author
                .getUserName()
                .toLowerCase(Locale.ROOT)
                .equals(bot.username().toLowerCase(Locale.ROOT));
  }
}
