/**
 * API: used by adapters and the app. Scheduled digests: composing and delivering them once per
 * subscription and fire time, and the {@code /subscribe} commands.
 */
package dev.briefing.core.digest;
