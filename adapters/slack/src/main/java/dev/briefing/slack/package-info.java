/**
 * The Slack adapter on Bolt for Java. {@link dev.briefing.slack.SlackBot} is the facade the app
 * uses and the place the role packages are wired together: {@code settings} (what it needs to run),
 * {@code inbound} (receiving events and commands), {@code outbound} (the Web API and the sending
 * queue), {@code rendering} (Block Kit) and {@code files} (shared files). The app may use {@code
 * SlackBot}, {@code settings.SlackSettings}, {@code outbound.SlackChatAdapter} (through {@code
 * SlackBot.chatAdapter()}) and {@code inbound.SlackMapper.PLATFORM}; the other public types are
 * public for this wiring only. SlackPackagesTest keeps the packages free of cycles.
 */
package dev.briefing.slack;
