package dev.briefing.telegram.inbound;

import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.DeepLink;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.telegram.files.TelegramDocument;
import dev.briefing.telegram.outbound.TelegramChatAdapter;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Turns a Telegram update into a neutral message when it is meant for the bot. Private chats: every
 * text message. Groups: commands (bare or addressed {@code /cmd@thisbot}, not other bots'),
 * messages mentioning {@code @thisbot} (the mention is stripped) and replies to the bot's own
 * messages. A document (a file) becomes {@code /add} with the file to fetch, or {@code /feed
 * import} when that is its caption: in private chats always, in groups when its caption is one of
 * them for this bot or mentions it, or it replies to the bot. Pure: no I/O.
 */
public final class TelegramMapper {
  /** The platform name in every {@link ChatAddress} this adapter makes. */
  public static final String PLATFORM = TelegramChatAdapter.PLATFORM;

  private static final Set<String> OUT = Set.of("left", "kicked");
  private static final Pattern DEEP_LINK =
      Pattern.compile("/start(?:@[A-Za-z0-9_]+)?\\s+([A-Za-z0-9_-]{1,64})");
  private static final Set<String> IN = Set.of("member", "administrator", "creator");

  /** The text a document is routed with: the file is the article. */
  static final String ADD = "/add";

  /** The text a document captioned {@code /feed import} is routed with: the file lists feeds. */
  static final String IMPORT = "/feed import";

  private static final Pattern FEED_IMPORT =
      Pattern.compile("/feed(?:@[A-Za-z0-9_]+)?\\s+import\\s*", Pattern.CASE_INSENSITIVE);

  private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]+)(?:@([A-Za-z0-9_]+))?");
  private static final String UNNAMED = "file";

  private final BotIdentity bot;
  private final Set<String> commandNames;
  private final Pattern mention;

  public TelegramMapper(BotIdentity bot) {
    this(bot, Set.of());
  }

  /**
   * @param bot who the bot is, for mentions and addressed commands
   * @param commandNames the router's command names (no slash): a deep link {@code /start <payload>}
   *     naming one of them becomes that command, before any access check
   */
  public TelegramMapper(BotIdentity bot, Set<String> commandNames) {
    this.bot = bot;
    this.commandNames = Set.copyOf(commandNames);
    this.mention =
        Pattern.compile(
            "(?<![A-Za-z0-9_])@" + Pattern.quote(bot.username()) + "(?![A-Za-z0-9_])",
            Pattern.CASE_INSENSITIVE);
  }

  /** The message for the bot in this update, or empty when the bot should stay silent. */
  public Optional<AddressedMessage> map(Update update) {
    if (update.getMessage() == null && update.getChannelPost() != null) {
      return channelPost(update.getChannelPost());
    }
    Message message = update.getMessage();
    if (message == null || message.getChat() == null) {
      return Optional.empty();
    }
    Optional<String> sender = sender(message);
    if (sender.isEmpty()) {
      return Optional.empty();
    }
    String userId = sender.get();
    if (message.getDocument() != null) {
      return documentForBot(message, userId);
    }
    if (message.getText() == null) {
      return Optional.empty();
    }
    return textForBot(message)
        .map(this::deepLinked)
        .map(text -> new IncomingMessage(address(message), userId, text))
        .map(
            incoming ->
                new AddressedMessage(incoming, message.getMessageId(), !isPrivate(message)));
  }

  /**
   * A button press as the message it stands for: from the presser, in the chat of the message the
   * button is under, its text the button's data (empty when it has none; the router decides what it
   * may run). Empty without a presser, or without a message to answer in: a button under an
   * inline-mode message, or under one Telegram no longer shows the bot.
   */
  public Optional<ButtonPress> press(CallbackQuery query) {
    User from = query.getFrom();
    if (from == null
        || from.getId() == null
        || !(query.getMessage() instanceof Message message)
        || message.getChat() == null
        || message.getMessageId() == null
        || message.getMessageId() <= 0
        || message.getDate() == null
        || message.getDate() <= 0) {
      return Optional.empty();
    }
    String data = query.getData() == null ? "" : query.getData();
    IncomingMessage pressed =
        new IncomingMessage(address(message), String.valueOf(from.getId()), data);
    return Optional.of(
        new ButtonPress(
            pressed,
            message.getMessageId(),
            Instant.ofEpochSecond(message.getDate()),
            !isPrivate(message)));
  }

  /**
   * The chat that can reach the bot again, when this update says so: a {@code my_chat_member}
   * change from {@code left} or {@code kicked} (a private chat that blocked the bot, a group or
   * channel it was removed from) to a member, administrator or owner. Empty for any other update.
   */
  public Optional<ChatAddress> reachableAgain(Update update) {
    ChatMemberUpdated change = update.getMyChatMember();
    if (change == null
        || change.getChat() == null
        || change.getOldChatMember() == null
        || change.getNewChatMember() == null) {
      return Optional.empty();
    }
    boolean wasOut = OUT.contains(change.getOldChatMember().getStatus());
    boolean isIn = IN.contains(change.getNewChatMember().getStatus());
    return wasOut && isIn
        ? Optional.of(ChatAddress.of(PLATFORM, String.valueOf(change.getChat().getId())))
        : Optional.empty();
  }

  /**
   * {@code /start subscribe_0800_Europe-Berlin} (what a deep link {@code
   * t.me/bot?start=subscribe_0800_Europe-Berlin} sends) as the command it stands for, {@code
   * /subscribe 08:00 Europe/Berlin}, when it names one of the router's commands; any other text as
   * it is. Done here, before the access checks, so a link runs only what its sender could type.
   */
  String deepLinked(String text) {
    Matcher start = DEEP_LINK.matcher(text);
    if (!start.matches()) {
      return text;
    }
    return DeepLink.command(start.group(1))
        .filter(
            command -> {
              String name = command.substring(1).split(" ", 2)[0];
              return !name.equals("start") && commandNames.contains(name);
            })
        .orElse(text);
  }

  /**
   * A post in a channel where the bot is an admin: commands for the bot ({@code /subscribe 08:00},
   * {@code /subscribe@thisbot …}) and mentions, so a channel can subscribe to digests. Only a
   * channel's admins can post, and a post has no person behind it: it speaks as the channel, so its
   * user id is the channel's id, which counts as the channel's admin (list that id where {@code
   * TELEGRAM_ALLOWED_USERS} is set). Files in channels are not taken.
   */
  private Optional<AddressedMessage> channelPost(Message post) {
    if (post.getChat() == null || post.getText() == null || post.getDocument() != null) {
      return Optional.empty();
    }
    String channel = String.valueOf(post.getChat().getId());
    return textForBot(post)
        .map(text -> new IncomingMessage(address(post), channel, text))
        .map(incoming -> new AddressedMessage(incoming, post.getMessageId(), true));
  }

  /** Where a reply to this message goes: its chat, and its forum topic if any. */
  public static ChatAddress address(Message message) {
    Optional<String> thread =
        Boolean.TRUE.equals(message.getIsTopicMessage()) && message.getMessageThreadId() != null
            ? Optional.of(String.valueOf(message.getMessageThreadId()))
            : Optional.empty();
    return new ChatAddress(PLATFORM, String.valueOf(message.getChat().getId()), thread);
  }

  /**
   * Who sent it: the user, or the group itself for an anonymous admin (Telegram sends those as
   * {@code GroupAnonymousBot} with the group as {@code sender_chat}), who then counts as the chat's
   * admin as a channel post does. Empty for other bots.
   */
  private static Optional<String> sender(Message message) {
    if (message.getSenderChat() != null
        && message.getSenderChat().getId() != null
        && message.getSenderChat().getId().equals(message.getChat().getId())) {
      return Optional.of(String.valueOf(message.getChat().getId()));
    }
    User from = message.getFrom();
    if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(from.getId()));
  }

  private Optional<AddressedMessage> documentForBot(Message message, String userId) {
    String caption = message.getCaption() == null ? "" : message.getCaption().strip();
    if (!isPrivate(message) && !captionForBot(message, caption)) {
      return Optional.empty();
    }
    Document document = message.getDocument();
    String name = document.getFileName();
    TelegramDocument file =
        new TelegramDocument(
            document.getFileId(),
            name == null || name.isBlank() ? UNNAMED : name,
            document.getFileSize() == null
                ? OptionalLong.empty()
                : OptionalLong.of(document.getFileSize()));
    IncomingMessage incoming =
        new IncomingMessage(address(message), userId, importsFeeds(caption) ? IMPORT : ADD);
    return Optional.of(
        new AddressedMessage(
            incoming, message.getMessageId(), Optional.of(file), !isPrivate(message)));
  }

  // A caption command other than /add is not about the file, so the bot stays out of it.
  private boolean captionForBot(Message message, String caption) {
    Matcher command = COMMAND.matcher(caption);
    if (command.find()) {
      return (ADD.equals("/" + command.group(1).toLowerCase(Locale.ROOT)) || importsFeeds(caption))
          && forUs(command);
    }
    return mention.matcher(caption).find() || repliesToBot(message);
  }

  // "/feed import" (or "/feed@thisbot import") as the caption: the file is an OPML list of feeds.
  private static boolean importsFeeds(String caption) {
    return FEED_IMPORT.matcher(caption).matches();
  }

  private boolean forUs(Matcher command) {
    String target = command.group(2);
    return target == null || target.equalsIgnoreCase(bot.username());
  }

  private static boolean isPrivate(Message message) {
    return "private".equals(message.getChat().getType());
  }

  private Optional<String> textForBot(Message message) {
    String text = message.getText().strip();
    if (isPrivate(message)) {
      return Optional.of(text);
    }
    Matcher command = COMMAND.matcher(text);
    if (command.find()) {
      return forUs(command) ? Optional.of(text) : Optional.empty();
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
