package dev.briefing.slack.outbound;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.briefing.core.chat.AbstractChatAdapterContract;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.slack.rendering.SlackMessage;
import dev.briefing.slack.rendering.SlackRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The chat adapter contract on Slack, posting to a {@link FakePoster}. */
class SlackChatAdapterContractTest extends AbstractChatAdapterContract {
  private final FakePoster poster = new FakePoster(clock);
  private final List<SlackMessage> accepted = new ArrayList<>();

  @Override
  protected ChatAdapter newAdapter() {
    MessagePoster recording =
        message -> {
          Optional<String> error = poster.post(message);
          if (error.isEmpty()) {
            accepted.add(message.message());
          }
          return error;
        };
    return new SlackChatAdapter(
        recording,
        QueuedChatAdapter.Context.of(new InMemorySubscriptionRepository(clock), clock, scheduler));
  }

  @Override
  protected ChatAddress chat() {
    return ChatAddress.of(SlackChatAdapter.PLATFORM, "C0NEWS");
  }

  /** Each accepted message's blocks as Slack shows them, one line each, escapes read. */
  @Override
  protected List<String> delivered() {
    return accepted.stream().map(SlackChatAdapterContractTest::shown).toList();
  }

  /** Our limit counts the blocks' mrkdwn; the text read here also has a newline between blocks. */
  @Override
  protected int maxMessageLength() {
    return SlackRenderer.MAX_MESSAGE_TEXT + SlackRenderer.MAX_BLOCKS;
  }

  @Override
  protected void refuseNextSendForGood() {
    poster.failWith("channel_not_found");
  }

  private static String shown(SlackMessage message) {
    return message.blocks().stream()
        .flatMap(SlackChatAdapterContractTest::texts)
        .map(text -> text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
        .collect(Collectors.joining("\n"));
  }

  private static Stream<String> texts(LayoutBlock block) {
    if (block instanceof SectionBlock section) {
      return Stream.of(section.getText().getText());
    }
    if (block instanceof ContextBlock context) {
      return context.getElements().stream()
          .filter(MarkdownTextObject.class::isInstance)
          .map(e -> ((MarkdownTextObject) e).getText());
    }
    throw new IllegalArgumentException("unexpected block: " + block.getType());
  }
}
