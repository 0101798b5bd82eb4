package dev.briefing.slack.outbound;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Records posts with the time they were made and fails them as scripted. */
final class FakePoster implements MessagePoster {
  /** One attempt to post. */
  record Attempt(OutboundMessage message, Instant at) {}

  /** What the next post does instead of succeeding. */
  interface Outcome {
    Optional<String> apply() throws IOException, SlackApiException;
  }

  private final Clock clock;
  private final List<Attempt> attempts = new ArrayList<>();
  private final Deque<Outcome> outcomes = new ArrayDeque<>();

  FakePoster(Clock clock) {
    this.clock = clock;
  }

  /** The next post answers {@code ok: false} with this error. */
  void failWith(String error) {
    outcomes.add(() -> Optional.of(error));
  }

  /** The next post does this. */
  void next(Outcome outcome) {
    outcomes.add(outcome);
  }

  /** The next post throws. */
  void throwNext(Exception error) {
    outcomes.add(
        () -> {
          if (error instanceof SlackApiException api) {
            throw api;
          }
          throw (IOException) error;
        });
  }

  @Override
  public Optional<String> post(OutboundMessage message) throws IOException, SlackApiException {
    attempts.add(new Attempt(message, clock.instant()));
    Outcome outcome = outcomes.poll();
    return outcome == null ? Optional.empty() : outcome.apply();
  }

  List<Attempt> attempts() {
    return List.copyOf(attempts);
  }
}
