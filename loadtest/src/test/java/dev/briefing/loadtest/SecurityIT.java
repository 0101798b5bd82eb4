package dev.briefing.loadtest;

import org.junit.jupiter.api.Test;

/** The security suite, short: a few hundred forged requests per platform (see SecurityLoadIT). */
class SecurityIT {
  @Test
  void refusesForgedAndReplayedSlackRequestsAndAnswersSignedOnes() throws Exception {
    System.out.println(SecuritySuite.slack(70));
  }

  @Test
  void refusesTelegramWebhookPostsWithoutTheRightSecretAndAnswersTheRightOne() throws Exception {
    System.out.println(SecuritySuite.telegram(90));
  }
}
