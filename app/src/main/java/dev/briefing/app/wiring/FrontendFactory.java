package dev.briefing.app.wiring;

import dev.briefing.app.config.BriefingConfig;
import dev.briefing.app.config.ChatPlatform;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.CommandSpec;
import dev.briefing.core.chat.ConversationStore;
import dev.briefing.core.chat.PlatformChatAdapter;
import dev.briefing.core.metrics.BotMetrics;
import dev.briefing.core.outbound.RateBudget;
import dev.briefing.core.store.InboundEventLog;
import dev.briefing.core.store.SubscriptionRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates one chat platform's front end when the configuration or environment enables it (for
 * example Telegram when {@code TELEGRAM_BOT_TOKEN} is set), else nothing. A front end registers its
 * outbound adapter with {@link Services#chats()}, so digests reach its chats.
 */
@FunctionalInterface
public interface FrontendFactory {
  Optional<ChatFrontend> create(BriefingConfig config, Map<String, String> env, Services services);

  /** Telegram and Slack, in that order. */
  static List<FrontendFactory> chatPlatforms() {
    return List.of(
        new PlatformFrontendFactory(ChatPlatform.TELEGRAM, new TelegramBotBuilder()),
        new PlatformFrontendFactory(ChatPlatform.SLACK, new SlackBotBuilder()));
  }

  /**
   * What a front end serves with.
   *
   * @param router answers messages
   * @param commands the router's command table, for a platform's command menu
   * @param chats where the front end registers its outbound adapter
   * @param subscriptions paused or moved when a platform says a chat is gone or has moved
   * @param events the inbound events taken, so a platform's retried delivery is handled once
   * @param metrics counts messages, answer latency, platform errors and queue depth
   * @param conversations each chat's and thread's last question, in the database: a Slack thread
   *     reply without a mention is for the bot where one is live
   */
  record Services(
      CommandRouter router,
      List<CommandSpec> commands,
      PlatformChatAdapter chats,
      SubscriptionRepository subscriptions,
      InboundEventLog events,
      BotMetrics metrics,
      SharedBudgets budgets,
      ConversationStore conversations) {}

  /**
   * The send budgets shared by every instance on the database: a platform credential's budget of
   * {@code perSecond} sends, kept in PostgreSQL; {@link RateBudget#unlimited()} on H2, where one
   * instance runs and its own pacing is enough.
   */
  @FunctionalInterface
  interface SharedBudgets {
    SharedBudgets NONE = (platform, credential, perSecond) -> RateBudget.unlimited();

    RateBudget of(String platform, String credential, int perSecond);
  }
}
