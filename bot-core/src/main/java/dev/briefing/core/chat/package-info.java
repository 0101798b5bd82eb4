/**
 * API: used by adapters and the app. The neutral chat: addresses, incoming messages and replies,
 * the command router and the briefing commands, and the ports a chat platform adapter implements
 * ({@link dev.briefing.core.chat.ChatAdapter}) or that the commands need ({@link
 * dev.briefing.core.chat.ArticleRepository}, {@link dev.briefing.core.chat.ChatFocus}, {@link
 * dev.briefing.core.chat.FeedFollows}).
 */
package dev.briefing.core.chat;
