package dev.briefing.quartz;

/** The scheduler could not be created, started or changed; the message says what and why. */
public final class SchedulingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SchedulingException(String message, Throwable cause) {
    super(message, cause);
  }
}
