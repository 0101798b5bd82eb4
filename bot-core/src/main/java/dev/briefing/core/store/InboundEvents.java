package dev.briefing.core.store;

/** The checks every {@link InboundEventLog} makes on its key. */
public final class InboundEvents {
  /** Longer ids are not platform event ids; the database column holds this many. */
  public static final int MAX_ID_LENGTH = 200;

  private InboundEvents() {}

  /**
   * @throws IllegalArgumentException naming the field when the key is blank or too long
   */
  public static void validate(String platform, String eventId) {
    if (platform == null || platform.isBlank()) {
      throw new IllegalArgumentException("platform must not be blank");
    }
    if (eventId == null || eventId.isBlank() || eventId.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "eventId must be 1 to " + MAX_ID_LENGTH + " characters, was " + eventId);
    }
  }
}
