package dev.briefing.loadtest;

import org.junit.jupiter.api.Test;

/**
 * The hostile-input suite: 100,000 generated messages, half to each adapter, every reply validated
 * for its platform; then 50,000 hostile button presses, half as Telegram callback queries, half as
 * Slack block_actions (with forged ones). Figures in target/loadtest/hostile-input.md.
 */
class HostileInputLoadIT {
  private static final int PER_PLATFORM = Integer.getInteger("loadtest.hostile.count", 100_000) / 2;
  private static final int PRESSES_PER_PLATFORM =
      Integer.getInteger("loadtest.hostile.presses", 50_000) / 2;

  @Test
  void noCrashNoGenericErrorAndEveryReplyValidAfter100000HostileMessagesAnd50000Presses()
      throws Exception {
    String telegram = HostileSuite.telegram(PER_PLATFORM, 20261130L);
    String slack = HostileSuite.slack(PER_PLATFORM, 20261201L);
    String telegramPresses = TelegramButtonSuite.run(PRESSES_PER_PLATFORM, 20261202L);
    String slackPresses = SlackButtonSuite.run(PRESSES_PER_PLATFORM, 20261203L);
    Reports.write(
        "hostile-input",
        "# Hostile input: "
            + String.format("%,d", 2 * PER_PLATFORM)
            + " generated messages\n\n"
            + "Command: `./mvnw -B -o verify -pl loadtest -Ploadtest -Dit.test=HostileInputLoadIT`"
            + "\n\nThe mix (HostileInput): 20% random Unicode (astral emoji, RTL and bidi"
            + " controls, zero-width and combining characters, lone surrogates, NUL and C0"
            + " controls, private use), 10% control characters, 20% HTML/Markdown/mrkdwn"
            + " injection, 20% commands with garbage arguments, 2% /add with binary text, 13%"
            + " questions with Unicode noise, 15% all of these mixed; one text in 20,000 of about"
            + " 1 MB (words, /summary with a 990,000-digit argument, a 990,000-character unknown"
            + " command). Slack gets mentions (answered in their thread) and every tenth message"
            + " as /briefing. The adapters' send limits are lifted (SteppingClock).\n\n- "
            + telegram
            + "- "
            + slack
            + "\n## Button presses: "
            + String.format("%,d", 2 * PRESSES_PER_PLATFORM)
            + "\n\nThe button data (HostileButtons): empty and blank, past 64 bytes, about 100 KB"
            + " (one in 500), plain text, every injection string, the commands a button may run"
            + " with garbage, huge or negative arguments, commands no button runs (/add,"
            + " /subscribe, /feed add…), other chats' and unknown subscription ids, lone"
            + " surrogates and control characters, and a tenth the bot's own (/articles 1, /more)."
            + " Two chats nobody presses in hold digests 1 to 8 beforehand.\n\n- "
            + telegramPresses
            + "- "
            + slackPresses);
  }
}
