package dev.briefing.core.outbound;

import java.util.function.Function;

/**
 * What a chat platform supplies to the shared {@link OutboundQueue}: the send itself and how to
 * read its failures. The pacing comes separately, as a {@link RatePolicy}.
 *
 * @param <P> the platform's message type
 */
public interface OutboundPlatform<P> {
  /** The platform id, as in {@code ChatAddress.platform()}: metrics labels and log MDC. */
  String id();

  /** How log lines name one chat, e.g. "Telegram chat" or "Slack channel". */
  String chatLabel();

  /**
   * Sends one message; returns when the platform accepted it.
   *
   * @throws Exception any failure, sorted afterwards by {@link #classify}
   */
  void send(Outgoing<P> message) throws Exception;

  /** Sorts a failure of {@link #send}. Reasons never include tokens or request URLs. */
  SendFailure classify(Exception error);

  /** The code a failure is counted under in the metrics ("429", "io", "timeout", ...). */
  String errorCode(Exception error);

  /** Sends one message, throwing on any failure. */
  @FunctionalInterface
  interface Send<P> {
    void send(Outgoing<P> message) throws Exception;
  }

  /** A platform made of its parts. */
  static <P> OutboundPlatform<P> of(
      String id,
      String chatLabel,
      Send<P> send,
      Function<Exception, SendFailure> classify,
      Function<Exception, String> errorCode) {
    return new OutboundPlatform<>() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String chatLabel() {
        return chatLabel;
      }

      @Override
      public void send(Outgoing<P> message) throws Exception {
        send.send(message);
      }

      @Override
      public SendFailure classify(Exception error) {
        return classify.apply(error);
      }

      @Override
      public String errorCode(Exception error) {
        return errorCode.apply(error);
      }
    };
  }
}
