package dev.briefing.core.store;

/**
 * Where one scheduled digest is: claimed by a node, then sent, failed or skipped. A claim whose
 * sender died (still {@link #CLAIMED} after the lease) or that was handed back ({@link #RELEASED})
 * is taken over once by a recovery pass.
 */
public enum DeliveryStatus {
  /** A node is sending it now, or died while it was. */
  CLAIMED,
  /** The platform adapter closed before sending any of it: free for a recovery pass to send. */
  RELEASED,
  /** The platform accepted it. */
  SENT,
  /** The platform refused it, or composing or sending failed; not retried. */
  FAILED,
  /** Not sent on purpose: late, removed or paused, or nothing new. */
  SKIPPED
}
