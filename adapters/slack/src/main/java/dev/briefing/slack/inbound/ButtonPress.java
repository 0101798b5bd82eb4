package dev.briefing.slack.inbound;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload.Action;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload.Container;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.IncomingMessage;
import java.util.Optional;

/**
 * A button pressed, as the bot acts on it: the presser's message (chat = the channel of the message
 * holding the button and its thread, or for the App Home the presser's direct message channel kept
 * in the view; text = the button's value), where the button was, and where to answer.
 *
 * @param message the press as a message from the presser, its text the button's value
 * @param actionId which button: {@code briefing:<row>:<col>} or the share button
 * @param surface a message everyone sees, an ephemeral one, or the App Home
 * @param messageTs the pressed message's ts; null on the App Home
 * @param responseUrl where to answer the press; null on the App Home
 */
record ButtonPress(
    IncomingMessage message,
    String actionId,
    Surface surface,
    String messageTs,
    String responseUrl) {
  /** Where the pressed button was. */
  enum Surface {
    MESSAGE,
    EPHEMERAL,
    HOME
  }

  /** Slack's limit on a button's value; anything longer is not a button of ours. */
  static final int MAX_VALUE = 2_000;

  /** The press, or empty when the payload lacks what a press of our buttons always has. */
  static Optional<ButtonPress> of(BlockActionPayload payload) {
    if (payload.getActions() == null
        || payload.getActions().size() != 1
        || payload.getUser() == null
        || blank(payload.getUser().getId())) {
      return Optional.empty();
    }
    Action action = payload.getActions().get(0);
    if (action == null || blank(action.getValue()) || action.getValue().length() > MAX_VALUE) {
      return Optional.empty();
    }
    Container container = payload.getContainer();
    if (container != null && "view".equals(container.getType())) {
      return home(payload, action);
    }
    String channel =
        container != null && !blank(container.getChannelId())
            ? container.getChannelId()
            : payload.getChannel() == null ? null : payload.getChannel().getId();
    if (blank(channel) || container == null || blank(container.getMessageTs())) {
      return Optional.empty();
    }
    ChatAddress chat =
        new ChatAddress(
            SlackMapper.PLATFORM, channel, Optional.ofNullable(container.getThreadTs()));
    Surface surface = container.isEphemeral() ? Surface.EPHEMERAL : Surface.MESSAGE;
    return Optional.of(
        new ButtonPress(
            new IncomingMessage(chat, payload.getUser().getId(), action.getValue()),
            action.getActionId(),
            surface,
            container.getMessageTs(),
            payload.getResponseUrl()));
  }

  private static Optional<ButtonPress> home(BlockActionPayload payload, Action action) {
    String channel = payload.getView() == null ? null : payload.getView().getPrivateMetadata();
    if (blank(channel)) {
      return Optional.empty();
    }
    ChatAddress chat = ChatAddress.of(SlackMapper.PLATFORM, channel);
    return Optional.of(
        new ButtonPress(
            new IncomingMessage(chat, payload.getUser().getId(), action.getValue()),
            action.getActionId(),
            Surface.HOME,
            null,
            null));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
