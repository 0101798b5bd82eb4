package dev.briefing.core;

/** An expected failure whose message is meant for the user and is shown as is. */
public class BriefingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BriefingException(String userMessage) {
    super(userMessage);
  }

  public BriefingException(String userMessage, Throwable cause) {
    super(userMessage, cause);
  }
}
