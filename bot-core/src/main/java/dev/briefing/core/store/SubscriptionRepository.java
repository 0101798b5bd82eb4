package dev.briefing.core.store;

import dev.briefing.core.chat.ChatAddress;
import java.util.List;
import java.util.Optional;

/**
 * Port: the chats' digest subscriptions. A chat is matched by platform and chat id, whatever the
 * thread. Removed subscriptions disappear from every query, but their delivery history still counts
 * for {@link DeliveryLog#lastDelivered}. Implementations are thread-safe.
 */
public interface SubscriptionRepository {
  /** Saves a new, active subscription and returns it with its id and creation time. */
  Subscription add(NewSubscription request);

  /** The subscription with this id, unless removed. */
  Optional<Subscription> findById(long id);

  /** The chat's subscriptions, paused ones included, oldest first. */
  List<Subscription> findByChat(ChatAddress chat);

  /** Every subscription that is not paused, across all chats, oldest first. */
  List<Subscription> findAllActive();

  /** Removes one subscription; false when there was none with this id. */
  boolean remove(long id);

  /** Removes every subscription of the chat and returns how many there were. */
  int removeAllForChat(ChatAddress chat);

  /**
   * Marks the chat's active subscriptions {@link Subscription.Pause#UNREACHABLE} (sending there
   * failed for good) and returns how many were active.
   */
  int pauseChat(ChatAddress chat);

  /**
   * Resumes the chat's subscriptions paused as {@link Subscription.Pause#UNREACHABLE} (the bot can
   * reach the chat again) and returns how many; those the chat paused itself stay paused.
   */
  int resumeChat(ChatAddress chat);

  /**
   * Sets the pause of the chat's subscription {@code id} (the chat's {@code /pause} and {@code
   * /resume}); false when the chat has no such subscription or it already was so.
   */
  boolean setPause(long id, ChatAddress chat, Subscription.Pause pause);

  /**
   * Moves the chat's subscriptions to another chat id (Telegram migrates a group to a supergroup
   * under a new id), keeping their threads, ids and history; returns how many moved.
   */
  int moveChat(ChatAddress from, ChatAddress to);
}
