/**
 * Sending: {@link dev.briefing.slack.outbound.SlackChatAdapter} on bot-core's outbound queue,
 * Slack's error classes, and the Web API calls (chat.postMessage, response_url, views.publish)
 * behind single-method interfaces that tests replace with lambdas.
 */
package dev.briefing.slack.outbound;
