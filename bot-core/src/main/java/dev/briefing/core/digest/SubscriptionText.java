package dev.briefing.core.digest;

import dev.briefing.core.schedule.DigestSchedule;
import dev.briefing.core.schedule.NextFireTime;
import dev.briefing.core.store.Subscription;
import java.time.Instant;
import java.util.List;

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
      text.append(s.paused() ? " (paused)" : ", next " + next(s, now));
    }
    return text.toString();
  }
}
