package dev.briefing.core.digest;

import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.Button;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.schedule.DigestSchedule;
import dev.briefing.core.schedule.NextFireTime;
import dev.briefing.core.store.Subscription;
import dev.briefing.core.store.SubscriptionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** How subscriptions read in chat: "#3 weekdays at 07:30 Europe/Berlin, next Mon 30 Nov …". */
final class SubscriptionText {
  static final String HOW_TO_SUBSCRIBE =
      "Subscribe with /subscribe 08:00 Europe/Berlin or /subscribe weekdays 07:30.";

  private SubscriptionText() {}

  /** "weekdays at 07:30 Europe/Berlin". */
  static String schedule(Subscription s) {
    return DigestSchedule.describeDays(s.days()) + " at " + s.time() + " " + s.zone().getId();
  }

  /** "#3 weekdays at 07:30 Europe/Berlin". */
  static String named(Subscription s) {
    return "#" + s.id() + " " + schedule(s);
  }

  /** When it fires next after {@code now}, in its own zone: "Mon 30 Nov 07:30 CET". */
  static String next(Subscription s, Instant now) {
    return DigestComposer.when(NextFireTime.after(s, now), s.zone());
  }

  /** One line per subscription, with its next digest or that it is paused. */
  static String list(List<Subscription> subscriptions, Instant now) {
    StringBuilder text = new StringBuilder();
    for (Subscription s : subscriptions) {
      text.append('\n').append(named(s));
      text.append(
          switch (s.pause()) {
            case ACTIVE -> ", next " + next(s, now);
            case BY_CHAT -> " (paused; /resume " + s.id() + " starts it again)";
            case UNREACHABLE ->
                " (paused: I could not reach this chat; it resumes when I can, or /resume "
                    + s.id()
                    + ")";
          });
    }
    return text.toString();
  }

  /** Its row of buttons: Pause or Resume, whichever applies, and Stop. */
  static List<Button> buttons(Subscription s) {
    Button toggle =
        s.paused()
            ? new Button("Resume #" + s.id(), "/resume " + s.id())
            : new Button("Pause #" + s.id(), "/pause " + s.id());
    return List.of(toggle, new Button("Stop #" + s.id(), "/unsubscribe " + s.id()));
  }

  /**
   * The chat's subscription named by {@code arguments} ("3" or "#3") for {@code /command}. Another
   * chat's id is answered as an unknown one, so ids do not tell what other chats subscribed to.
   */
  static Subscription ofChat(
      SubscriptionRepository subscriptions, ChatAddress chat, String arguments, String command) {
    String digits = arguments.startsWith("#") ? arguments.substring(1) : arguments;
    long id = digits.matches("\\d{1,18}") ? Long.parseLong(digits) : 0;
    if (id < 1) {
      throw new BriefingException(
          "'"
              + (arguments.length() > 40 ? arguments.substring(0, 40) + "…" : arguments)
              + "' is not a digest id. Use /"
              + command
              + " 3 (/subscriptions lists the ids) or /"
              + command
              + " all.");
    }
    Optional<Subscription> found = subscriptions.findById(id);
    if (found.isEmpty() || !sameChat(found.get().chat(), chat)) {
      throw new BriefingException(
          "This chat has no digest #" + id + "; /subscriptions lists its ids.");
    }
    return found.get();
  }

  private static boolean sameChat(ChatAddress a, ChatAddress b) {
    return a.platform().equals(b.platform()) && a.chatId().equals(b.chatId());
  }
}
