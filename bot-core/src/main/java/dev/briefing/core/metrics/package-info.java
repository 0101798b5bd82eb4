/**
 * API: used by adapters and the app. The {@link dev.briefing.core.metrics.BotMetrics} port: what
 * the bot counts for its operators.
 */
package dev.briefing.core.metrics;
