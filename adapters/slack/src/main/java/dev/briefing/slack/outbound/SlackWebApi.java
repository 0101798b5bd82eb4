package dev.briefing.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.SlashCommandResponseSender;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the bot makes, with its bot token: auth.test, chat.postMessage, views.publish,
 * and slash command answers to their {@code response_url}. The token travels in the Authorization
 * header and is never logged. Public for {@code SlackBot}, which wires it; not for the app.
 */
public final class SlackWebApi implements MessagePoster, ResponseSender, HomePublisher {
  private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

  private final MethodsClient client;
  private final SlashCommandResponseSender responses;

  public SlackWebApi(Slack slack, String botToken) {
    this.client = slack.methods(botToken);
    this.responses = new SlashCommandResponseSender(slack);
  }

  /**
   * Who the bot is.
   *
   * @throws IllegalStateException when Slack refuses the token or cannot be reached
   */
  public AuthTestResponse authTest() {
    try {
      AuthTestResponse me = client.authTest(r -> r);
      if (!me.isOk()) {
        throw new IllegalStateException("Slack refused SLACK_BOT_TOKEN: " + me.getError());
      }
      return me;
    } catch (IOException | SlackApiException e) {
      throw new IllegalStateException("Slack cannot be reached for auth.test: " + e, e);
    }
  }

  @Override
  public Optional<String> post(OutboundMessage message) throws IOException, SlackApiException {
    ChatPostMessageResponse response =
        client.chatPostMessage(
            r ->
                r.channel(message.chat().chatId())
                    .threadTs(message.chat().threadId().orElse(null))
                    .text(message.message().text())
                    .blocks(message.message().blocks()));
    return response.isOk() ? Optional.empty() : Optional.of(response.getError());
  }

  @Override
  public void publish(String userId, List<LayoutBlock> blocks)
      throws IOException, SlackApiException {
    ViewsPublishResponse response =
        client.viewsPublish(
            r -> r.userId(userId).view(View.builder().type("home").blocks(blocks).build()));
    if (!response.isOk()) {
      log.warn("Slack refused the App Home of {}: {}", userId, response.getError());
    }
  }

  /** Answers visible only to the person who typed the command. */
  @Override
  public int send(String responseUrl, SlackMessage message) throws IOException {
    SlashCommandResponse response =
        SlashCommandResponse.builder()
            .responseType("ephemeral")
            .text(message.text())
            .blocks(message.blocks())
            .build();
    return responses.send(responseUrl, response).getCode();
  }
}
