package dev.briefing.core.qa;

/**
 * A parsed question.
 *
 * @param kind what is asked
 * @param target the person or thing asked about ("Berger", "the union chairwoman"), or empty
 * @param topic what the speech should be about ("about Ukraine"), or empty
 * @param expected the kind of fact a factual question expects
 * @param text the question as asked
 */
public record Question(Kind kind, String target, String topic, Expected expected, String text) {
  /** The target as the user wrote it ("Angela Merkel", not "angela merkel"). */
  public String targetAsWritten() {
    String written = text.replace('’', '\'');
    int at = written.toLowerCase(java.util.Locale.ROOT).indexOf(target);
    return at < 0 || target.isEmpty() ? target : written.substring(at, at + target.length());
  }

  /** What is asked. */
  public enum Kind {
    SUMMARY,
    WHO_MENTIONED,
    WHO_QUOTED,
    SPEECH,
    WHO_IS,
    FACT
  }

  /** The kind of fact a factual question expects. */
  public enum Expected {
    ANY,
    TIME,
    PLACE,
    MONEY,
    COUNT,
    REASON,
    PERSON,
    DURATION,
    /** "Which branches": names of the asked-for kind. */
    NAMED
  }
}
