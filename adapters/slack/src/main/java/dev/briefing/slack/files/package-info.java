/**
 * Files shared with the bot: refused when too large, downloaded with the bot token (only from
 * Slack's own domain) and handed to the router as {@code /add}, or as {@code /feed import} when the
 * message with it says so.
 */
package dev.briefing.slack.files;
