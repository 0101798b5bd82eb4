package dev.briefing.slack.inbound;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.model.File;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.ChannelUnarchiveEvent;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.slack.files.SharedFile;
import dev.briefing.slack.outbound.SlackChatAdapter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Slack events into neutral messages when they are meant for the bot: mentions (answered in
 * their thread, the mention stripped), direct messages from people, and the {@code /briefing} slash
 * command, whose first word names a command when it is one ({@code /briefing summary 3} is {@code
 * /summary 3}) and is otherwise a question. A file shared in a direct message or with a mention is
 * a {@link SharedFile}, to be added as an article, or imported as OPML when the words with it say
 * {@code feed import}. Pure: no I/O.
 */
public final class SlackMapper {
  /** The platform name in every {@link ChatAddress} this adapter makes. */
  public static final String PLATFORM = SlackChatAdapter.PLATFORM;

  private static final Pattern SPACES = Pattern.compile("\\s{2,}");
  private static final Set<String> CHANNEL_TYPES = Set.of("channel", "group");

  private final String botUserId;
  private static final Pattern SLASHED =
      Pattern.compile("(^|[\\s(])/([a-z][a-z0-9_]*)\\b", Pattern.MULTILINE);

  private final Set<String> commandNames;
  private final Pattern mention;

  /**
   * @param botUserId the bot's own user id (auth.test's {@code user_id}), e.g. {@code U0BOT}
   * @param commandNames the router's command names without slash, e.g. {@code summary}
   */
  public SlackMapper(String botUserId, Set<String> commandNames) {
    if (botUserId == null || botUserId.isBlank()) {
      throw new IllegalArgumentException("botUserId must not be blank");
    }
    this.botUserId = botUserId;
    this.commandNames = Set.copyOf(commandNames);
    this.mention = Pattern.compile("<@" + Pattern.quote(botUserId) + "(?:\\|[^>]*)?>");
  }

  /** A mention of the bot in a channel, to be answered in the thread it started or belongs to. */
  public Optional<IncomingMessage> mention(AppMentionEvent event) {
    if (event.getUser() == null || event.getBotId() != null || botUserId.equals(event.getUser())) {
      return Optional.empty();
    }
    String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
    ChatAddress chat = new ChatAddress(PLATFORM, event.getChannel(), Optional.ofNullable(thread));
    return Optional.of(new IncomingMessage(chat, event.getUser(), bareWords(event.getText())));
  }

  /**
   * A direct message from a person: its text is a question or a command. Messages from bots (this
   * one included) and from other channel types are ignored; Bolt never passes subtyped messages
   * (edits, deletions, bot messages) to the plain message handler.
   */
  public Optional<IncomingMessage> directMessage(MessageEvent event) {
    if (!"im".equals(event.getChannelType())
        || event.getUser() == null
        || event.getBotId() != null
        || botUserId.equals(event.getUser())
        || event.getText() == null
        || event.getText().isBlank()) {
      return Optional.empty();
    }
    ChatAddress chat =
        new ChatAddress(PLATFORM, event.getChannel(), Optional.ofNullable(event.getThreadTs()));
    return Optional.of(new IncomingMessage(chat, event.getUser(), bareWords(event.getText())));
  }

  /**
   * A reply in a channel thread (public or private) that does not name the bot: a candidate
   * follow-up, addressed to the bot only where it holds a conversation in that thread (the
   * listeners ask the {@code ConversationStore}). The thread's parent, replies from bots (this one
   * included) and blank ones are not; nor is a reply that mentions the bot, which Slack also sends
   * as {@code app_mention} and which {@link #mention} answers. Subtyped messages (edits, joins,
   * {@code thread_broadcast}) never reach a {@link MessageEvent} listener.
   */
  public Optional<IncomingMessage> threadReply(MessageEvent event) {
    String thread = event.getThreadTs();
    if (!CHANNEL_TYPES.contains(event.getChannelType())
        || thread == null
        || thread.equals(event.getTs())
        || event.getUser() == null
        || event.getBotId() != null
        || botUserId.equals(event.getUser())
        || event.getText() == null
        || event.getText().isBlank()
        || mention.matcher(event.getText()).find()) {
      return Optional.empty();
    }
    ChatAddress chat = new ChatAddress(PLATFORM, event.getChannel(), Optional.of(thread));
    // Always a question: bare words stay words here ("add to that, …" is chatter, not /add), since
    // a reply without a mention may be meant for the people in the thread as much as for the bot.
    return Optional.of(new IncomingMessage(chat, event.getUser(), event.getText().strip()));
  }

  /** The first file of a mention that carries files; answered in the mention's thread. */
  Optional<SharedFile> sharedFile(AppMentionEvent event) {
    if (event.getFiles() == null || event.getFiles().isEmpty()) {
      return Optional.empty();
    }
    return mention(event).flatMap(m -> sharedFile(m, event.getFiles()));
  }

  /**
   * The first file of a direct message with files ({@code subtype: file_share}, which Bolt passes
   * to {@link MessageFileShareEvent} listeners, never to {@link MessageEvent} ones).
   */
  Optional<SharedFile> sharedFile(MessageFileShareEvent event) {
    if (!"im".equals(event.getChannelType())
        || event.getUser() == null
        || botUserId.equals(event.getUser())) {
      return Optional.empty();
    }
    ChatAddress chat =
        new ChatAddress(PLATFORM, event.getChannel(), Optional.ofNullable(event.getThreadTs()));
    return sharedFile(
        new IncomingMessage(chat, event.getUser(), bareWords(event.getText())), event.getFiles());
  }

  /** The slash command as the router reads it; alone it asks for help. */
  public IncomingMessage command(SlashCommandPayload payload) {
    ChatAddress chat = ChatAddress.of(PLATFORM, payload.getChannelId());
    return new IncomingMessage(chat, payload.getUserId(), commandText(payload.getText()));
  }

  /**
   * {@code summary 3} → {@code /summary 3}; {@code help} or nothing → the help; else a question.
   */
  /**
   * A direct message's or mention's text as the router reads it: Slack refuses {@code /summary}
   * typed in a DM ("not a valid command"), so a command is written without its slash, as with
   * {@code /briefing}: {@code summary 3}, {@code articles}, {@code subscribe 08:00}. Text ending in
   * a question mark stays a question ("Summary of the talks?").
   */
  String bareWords(String text) {
    String rest = withoutMention(text).strip();
    return rest.endsWith("?") ? rest : commandText(rest);
  }

  String commandText(String text) {
    String rest = text == null ? "" : text.strip();
    if (rest.isEmpty() || rest.startsWith("/")) {
      return rest;
    }
    String first = rest.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    if (commandNames.contains(first)) {
      return "/" + first + rest.substring(first.length());
    }
    return first.equals("help") && rest.equalsIgnoreCase("help") ? "" : rest;
  }

  /**
   * The reply as Slack users type commands: {@code /summary 3} in help and hints becomes {@code
   * summary 3}, which works in a DM, a mention and after {@code /briefing}. Only the router's own
   * command names after a space or a line start change; the citations are untouched.
   */
  public Reply bareWords(Reply reply) {
    Matcher matcher = SLASHED.matcher(reply.text());
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(2);
      String replacement = commandNames.contains(name) ? matcher.group(1) + name : matcher.group();
      matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(text);
    return reply.withText(text.toString());
  }

  // The first file, with the words shared with it (which say feed import, or nothing).
  private static Optional<SharedFile> sharedFile(IncomingMessage with, List<File> files) {
    if (files == null || files.isEmpty() || files.get(0) == null) {
      return Optional.empty();
    }
    File file = files.get(0);
    long size = file.getSize() == null ? 0 : file.getSize();
    return Optional.of(
        new SharedFile(with.chat(), with.userId(), with.text(), name(file), size, url(file)));
  }

  private static String name(File file) {
    for (String name : new String[] {file.getName(), file.getTitle(), file.getId()}) {
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return "file";
  }

  private static Optional<URI> url(File file) {
    try {
      return Optional.ofNullable(file.getUrlPrivateDownload()).map(URI::create);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String withoutMention(String text) {
    if (text == null) {
      return "";
    }
    String rest = SPACES.matcher(mention.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    return rest.replaceFirst("^[,:;]\\s*", "");
  }

  /**
   * The channel the bot was added (back) to, when this {@code member_joined_channel} is its own.
   */
  public Optional<ChatAddress> botJoined(MemberJoinedChannelEvent event) {
    return botUserId.equals(event.getUser()) && event.getChannel() != null
        ? Optional.of(ChatAddress.of(PLATFORM, event.getChannel()))
        : Optional.empty();
  }

  /** The channel taken out of the archive. */
  public Optional<ChatAddress> unarchived(ChannelUnarchiveEvent event) {
    return event.getChannel() == null
        ? Optional.empty()
        : Optional.of(ChatAddress.of(PLATFORM, event.getChannel()));
  }
}
