/**
 * Receiving: the HTTP endpoint and Socket Mode side of Bolt, the listeners for events and {@code
 * /briefing}, the replay guard, and the mapper from Slack payloads to neutral {@code
 * IncomingMessage}s. Answers go out through {@code outbound}; shared files go to {@code files}.
 */
package dev.briefing.slack.inbound;
