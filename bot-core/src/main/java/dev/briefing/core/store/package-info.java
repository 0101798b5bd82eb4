/**
 * API: used by adapters and the app. The storage ports (subscriptions, chat settings, deliveries,
 * feed follows, inbound events) that the storage adapter implements, with in-memory versions for
 * tests and the console.
 */
package dev.briefing.core.store;
