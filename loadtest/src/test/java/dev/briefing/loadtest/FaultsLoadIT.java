package dev.briefing.loadtest;

import static dev.briefing.loadtest.Fault.BAD_GATEWAY;
import static dev.briefing.loadtest.Fault.DROPPED_AFTER_REQUEST;
import static dev.briefing.loadtest.Fault.DROPPED_DURING_BODY;
import static dev.briefing.loadtest.Fault.NO_ANSWER;
import static dev.briefing.loadtest.Fault.SERVER_ERROR;
import static dev.briefing.loadtest.Fault.TOO_MANY_REQUESTS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: five cycles per platform of a burst of faults (5xx, 429, dropped connections, no
 * answer until the client's read timeout) with 50 questions arriving, then healthy again; the same
 * bot answers everything. Figures in target/loadtest/faults.md.
 */
class FaultsLoadIT {
  private static final int CYCLES = 5;
  private static final int QUESTIONS = 50;
  private static final Duration WAIT = Duration.ofMinutes(5);

  @Test
  void bothAdaptersRecoverFromBurstsOfPlatformFaultsWithoutARestart() throws Exception {
    List<Fault> burst = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      burst.addAll(
          List.of(
              SERVER_ERROR,
              TOO_MANY_REQUESTS,
              DROPPED_AFTER_REQUEST,
              BAD_GATEWAY,
              SERVER_ERROR,
              DROPPED_DURING_BODY));
    }
    burst.add(NO_ANSWER); // the client's read timeout: 30 s on Telegram, Slack's client default
    List<Fault> polls = List.of(SERVER_ERROR, DROPPED_DURING_BODY, BAD_GATEWAY, NO_ANSWER);
    String telegram = FaultsSuite.telegram(burst, polls, QUESTIONS, CYCLES, WAIT).report();
    String slack = FaultsSuite.slack(burst, QUESTIONS, CYCLES, WAIT).report();
    Reports.write(
        "faults",
        "# Platform faults: bursts, then healthy\n\n"
            + "Command: `./mvnw -B -o verify -pl loadtest -Ploadtest -Dit.test=FaultsLoadIT`\n\n"
            + "Each burst: 3 × (500, 429 with a 1 s wait, connection closed after the request,"
            + " 502 from a proxy, 500, connection closed half way through a 200) and one request"
            + " never answered (the client's read timeout); on Telegram's getUpdates also 500,"
            + " a cut-off answer, 502 and a poll never answered.\n\n- "
            + telegram
            + "- "
            + slack);
  }
}
