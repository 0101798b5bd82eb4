package dev.briefing.loadtest;

import org.junit.jupiter.api.Test;

/**
 * The security suite: 10,000 forged or replayed Slack requests and 10,000 Telegram webhook posts
 * without the right secret, none processed, signed controls answered. Figures in
 * target/loadtest/security.md.
 */
class SecurityLoadIT {
  private static final int COUNT = Integer.getInteger("loadtest.security.count", 10_000);

  @Test
  void noForgedReplayedOrUnauthenticatedRequestIsProcessed() throws Exception {
    String slack = SecuritySuite.slack(COUNT);
    String telegram = SecuritySuite.telegram(COUNT);
    Reports.write(
        "security",
        "# Security: forged, replayed and unauthenticated requests\n\n"
            + "Command: `./mvnw -B -o verify -pl loadtest -Ploadtest -Dit.test=SecurityLoadIT`\n\n"
            + "- "
            + slack
            + "- "
            + telegram);
  }
}
