/**
 * Block Kit: replies rendered as escaped mrkdwn sections and context blocks, split into {@link
 * dev.briefing.slack.rendering.SlackMessage}s within Slack's limits. Pure: no I/O.
 */
package dev.briefing.slack.rendering;
