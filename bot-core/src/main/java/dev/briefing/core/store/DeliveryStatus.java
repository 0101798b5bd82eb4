package dev.briefing.core.store;

/** Where one scheduled digest is: claimed by a node, then sent or failed. */
public enum DeliveryStatus {
  CLAIMED,
  SENT,
  FAILED
}
