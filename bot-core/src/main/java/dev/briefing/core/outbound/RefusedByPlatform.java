package dev.briefing.core.outbound;

/**
 * A platform answered a send with an error code in a successful HTTP response (Slack's {@code ok:
 * false}). Thrown by an {@link OutboundPlatform#send} so such answers take the same path as HTTP
 * errors; carries the code only, never the request.
 */
public final class RefusedByPlatform extends Exception {
  private static final long serialVersionUID = 1L;

  private final String code;

  public RefusedByPlatform(String code) {
    super(code, null, false, false);
    this.code = code;
  }

  /** The platform's error code, such as {@code channel_not_found}. */
  public String code() {
    return code;
  }
}
