package dev.briefing.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.SlashCommandResponseSender;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.slack.rendering.SlackMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the bot makes, with its bot token: auth.test, chat.postMessage, chat.update,
 * views.publish, file uploads ({@code files.uploadV2}, {@link FileUploads}), and answers to slash
 * commands and button presses at their {@code response_url}. The token travels in the Authorization
 * header and is never logged. Public for {@code SlackBot}, which wires it; not for the app.
 */
public final class SlackWebApi
    implements MessagePoster,
        ResponseSender,
        HomePublisher,
        MessageUpdater,
        ImmediatePoster,
        ActionResponder {
  private static final Logger log = LoggerFactory.getLogger(SlackWebApi.class);

  private final MethodsClient client;
  private final SlashCommandResponseSender responses;
  private final ActionResponseSender actionResponses;
  private final FileUploads uploads;

  public SlackWebApi(Slack slack, String botToken) {
    this.client = slack.methods(botToken);
    this.uploads = new FileUploads(client);
    this.responses = new SlashCommandResponseSender(slack);
    this.actionResponses = new ActionResponseSender(slack);
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
    if (message.message().file().isPresent()) {
      return uploads.upload(message.chat(), message.message().file().get());
    }
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
  public Optional<String> postNow(ChatAddress chat, SlackMessage message)
      throws IOException, SlackApiException {
    ChatPostMessageResponse response =
        client.chatPostMessage(
            r ->
                r.channel(chat.chatId())
                    .threadTs(chat.threadId().orElse(null))
                    .text(message.text())
                    .blocks(message.blocks()));
    if (!response.isOk()) {
      log.warn("Slack refused a progress message: {}", response.getError());
      return Optional.empty();
    }
    return Optional.ofNullable(response.getTs());
  }

  @Override
  public Optional<String> update(String channel, String ts, SlackMessage message)
      throws IOException, SlackApiException {
    ChatUpdateResponse response =
        client.chatUpdate(
            r -> r.channel(channel).ts(ts).text(message.text()).blocks(message.blocks()));
    return response.isOk() ? Optional.empty() : Optional.of(response.getError());
  }

  @Override
  public void publish(String userId, List<LayoutBlock> blocks, String privateMetadata)
      throws IOException, SlackApiException {
    View home = View.builder().type("home").blocks(blocks).privateMetadata(privateMetadata).build();
    ViewsPublishResponse response = client.viewsPublish(r -> r.userId(userId).view(home));
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

  @Override
  public int respond(String responseUrl, Mode mode, SlackMessage message) throws IOException {
    ActionResponse response =
        ActionResponse.builder()
            .responseType(mode == Mode.IN_CHANNEL ? "in_channel" : "ephemeral")
            .replaceOriginal(mode == Mode.REPLACE)
            .text(message.text())
            .blocks(message.blocks())
            .build();
    return actionResponses.send(responseUrl, response).getCode();
  }
}
