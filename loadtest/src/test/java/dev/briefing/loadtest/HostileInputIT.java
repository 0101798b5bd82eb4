package dev.briefing.loadtest;

import org.junit.jupiter.api.Test;

/** The hostile-input suite, short: 1,000 generated messages and 1,000 button presses a platform. */
class HostileInputIT {
  @Test
  void telegramRepliesStayValidHtmlUnderHostileInput() throws Exception {
    System.out.println(HostileSuite.telegram(1_000, 7));
  }

  @Test
  void slackRepliesStayEscapedMrkdwnUnderHostileInput() throws Exception {
    System.out.println(HostileSuite.slack(1_000, 11));
  }

  @Test
  void telegramAnswersEveryHostileButtonPressOnceAndChangesNothing() throws Exception {
    System.out.println(TelegramButtonSuite.run(1_000, 13));
  }

  @Test
  void slackAcknowledgesEveryHostileBlockActionAndChangesNothing() throws Exception {
    System.out.println(SlackButtonSuite.run(1_000, 17));
  }
}
