package dev.briefing.core.digest;

/** What one scheduled digest came to. */
public enum DeliveryOutcome {
  /** This call claimed it and the platform accepted the digest. */
  SENT,
  /** This call claimed it, but no article was new and empty digests are not sent. */
  NOTHING_NEW,
  /** This call claimed it, but it was due longer ago than the misfire grace; not sent. */
  SKIPPED_LATE,
  /** This call claimed it, but the subscription was removed or paused meanwhile; not sent. */
  CANCELLED,
  /** Another call (this node or another) claimed it first; not sent again. */
  DUPLICATE,
  /**
   * This call claimed it, but composing or sending failed, or the platform refused it or did not
   * accept it within the wait; logged, not retried.
   */
  FAILED,
  /**
   * This call claimed it, but the platform adapter closed (shutting down) before sending any of it;
   * the claim is released, and a recovery pass sends it.
   */
  HANDED_BACK
}
