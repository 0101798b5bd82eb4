package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.IncomingMessage;
import dev.briefing.core.chat.Reply;
import dev.briefing.core.schedule.DigestSchedule;
import dev.briefing.core.schedule.DigestScheduler;
import dev.briefing.core.schedule.ScheduleParser;
import dev.briefing.core.store.ChatSettingsRepository;
import dev.briefing.core.store.NewSubscription;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/**
 * The digest commands: {@code /subscribe}, {@code /subscriptions}, {@code /unsubscribe}, {@code
 * /digest} and {@code /timezone}, registered next to the briefing commands so every platform and
 * the help text get them. Bad input stores nothing and is answered with examples.
 *
 * <p>{@code /subscribe} without a zone takes the chat's ({@code /timezone}), then the configured
 * default. {@code /digest} answers with the digest as a reply and is not recorded in the delivery
 * log: it neither counts as a scheduled digest nor moves the point the next scheduled digest lists
 * articles from. {@code /digest style headlines|summaries} and {@code /digest size <n>} set how the
 * chat's digests look ({@link DigestLayouts}); like {@code /digest}, they are open to anyone in the
 * chat.
 */
public final class SubscriptionCommands {
  private final SubscriptionRepository subscriptions;
  private final ChatZones zones;
  private final DigestScheduler scheduler;
  private final DigestService digests;
  private final Clock clock;
  private final Unsubscribe unsubscribe;
  private final Pausing pausing;
  private final DigestLayouts layouts;
  private final ScheduleParser parser = new ScheduleParser();

  /**
   * @param defaultZone the zone of a chat that has not set its own with {@code /timezone}
   */
  public SubscriptionCommands(
      SubscriptionRepository subscriptions,
      ChatSettingsRepository settings,
      DigestScheduler scheduler,
      DigestService digests,
      Clock clock,
      ZoneId defaultZone) {
    this.subscriptions = subscriptions;
    this.zones = new ChatZones(settings, defaultZone, clock);
    this.scheduler = scheduler;
    this.digests = digests;
    this.clock = clock;
    this.unsubscribe = new Unsubscribe(subscriptions, scheduler, clock);
    this.pausing = new Pausing(subscriptions, clock);
    this.layouts = new DigestLayouts(settings);
  }

  /** The command table entries, in the order the help text lists them. */
  public List<CommandSpec> commands() {
    return List.of(
        new CommandSpec(
            "subscribe",
            "Get a digest at a time: /subscribe 08:00 Europe/Berlin, /subscribe weekdays 07:30.",
            this::subscribe),
        new CommandSpec("subscriptions", "List this chat's digests.", this::list),
        new CommandSpec(
            "unsubscribe",
            "Stop a digest: /unsubscribe 3, or /unsubscribe all.",
            (message, args) -> text(unsubscribe.handle(message.chat(), args))),
        new CommandSpec(
            "pause",
            "Pause digests: /pause 3, or /pause for all of them.",
            (message, args) -> text(pausing.pause(message.chat(), args))),
        new CommandSpec(
            "resume",
            "Resume paused digests: /resume 3, or /resume for all of them.",
            (message, args) -> text(pausing.resume(message.chat(), args))),
        new CommandSpec(
            "digest",
            "Send the digest now; set its look: /digest style headlines|summaries, /digest size"
                + " 30.",
            this::digest),
        new CommandSpec(
            "timezone",
            "Show or set this chat's time zone: /timezone Europe/Berlin.",
            (message, args) -> text(zones.handle(message.chat(), args))));
  }

  private List<Reply> subscribe(IncomingMessage message, String arguments) {
    ChatAddress chat = message.chat();
    DigestSchedule schedule = parser.parse(arguments);
    ZoneId zone = schedule.zone().orElseGet(() -> zones.zoneOf(chat));
    NewSubscription request = new NewSubscription(chat, schedule.time(), schedule.days(), zone);
    for (Subscription existing : subscriptions.findByChat(chat)) {
      if (existing.time().equals(request.time())
          && existing.days().equals(request.days())
          && existing.zone().equals(request.zone())) {
        throw new BriefingException(
            "This chat already gets that digest: " + SubscriptionText.named(existing) + ".");
      }
    }
    Subscription saved = subscriptions.add(request);
    scheduler.schedule(saved);
    String text =
        "Subscribed: "
            + SubscriptionText.named(saved)
            + ". Next digest: "
            + SubscriptionText.next(saved, clock.instant())
            + ".\nStop it with /unsubscribe "
            + saved.id()
            + ".";
    if (schedule.zone().isEmpty() && !zones.hasOwnZone(chat)) {
      text += "\n" + zones.defaultZoneHint();
    }
    return text(text);
  }

  private List<Reply> list(IncomingMessage message, String arguments) {
    List<Subscription> ofChat = subscriptions.findByChat(message.chat());
    if (ofChat.isEmpty()) {
      return text("This chat has no digests. " + SubscriptionText.HOW_TO_SUBSCRIBE);
    }
    Reply reply =
        Reply.text(
            "This chat's digests:"
                + SubscriptionText.list(ofChat, clock.instant())
                + "\nStop one with /unsubscribe <id>, or all with /unsubscribe all.");
    return List.of(reply.withButtons(ofChat.stream().map(SubscriptionText::buttons).toList()));
  }

  private List<Reply> digest(IncomingMessage message, String arguments) {
    if (DigestLayouts.handles(arguments)) {
      return text(layouts.handle(message.chat(), arguments));
    }
    if (!arguments.isEmpty()) {
      throw new BriefingException(DigestLayouts.USAGE + " To get one daily, try /subscribe 08:00.");
    }
    ChatAddress chat = message.chat();
    return List.of(digests.composeNow(chat, zones.zoneOf(chat)));
  }

  private static List<Reply> text(String text) {
    return List.of(Reply.text(text));
  }
}
