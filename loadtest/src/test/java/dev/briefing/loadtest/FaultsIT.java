package dev.briefing.loadtest;

import static dev.briefing.loadtest.Fault.BAD_GATEWAY;
import static dev.briefing.loadtest.Fault.DROPPED_AFTER_REQUEST;
import static dev.briefing.loadtest.Fault.DROPPED_DURING_BODY;
import static dev.briefing.loadtest.Fault.SERVER_ERROR;
import static dev.briefing.loadtest.Fault.TOO_MANY_REQUESTS;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault suite, short: one burst of each quick fault (no read timeouts, which take 30 s each;
 * FaultsLoadIT has them), then healthy again.
 */
class FaultsIT {
  private static final List<Fault> BURST =
      List.of(
          SERVER_ERROR, TOO_MANY_REQUESTS, DROPPED_AFTER_REQUEST, BAD_GATEWAY, DROPPED_DURING_BODY);

  @Test
  void telegramRecoversFromFailingSendsAndPollsWithoutARestart() throws Exception {
    System.out.println(
        FaultsSuite.telegram(
                BURST, List.of(SERVER_ERROR, DROPPED_DURING_BODY), 8, 1, Duration.ofSeconds(60))
            .report());
  }

  @Test
  void slackRecoversFromFailingPostsWithoutARestart() throws Exception {
    System.out.println(FaultsSuite.slack(BURST, 8, 1, Duration.ofSeconds(60)).report());
  }
}
