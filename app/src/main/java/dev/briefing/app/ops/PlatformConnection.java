package dev.briefing.app.ops;

/** A connection the bot must hold to be ready, such as a chat platform's; for {@code /readyz}. */
public interface PlatformConnection {
  /** The platform name, e.g. {@code telegram}. */
  String name();

  /** Whether it is connected to its platform now. */
  boolean connected();
}
