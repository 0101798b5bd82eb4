package dev.briefing.telegram.outbound;

import dev.briefing.core.chat.AbstractChatAdapterContract;
import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.outbound.QueuedChatAdapter;
import dev.briefing.core.store.InMemorySubscriptionRepository;
import dev.briefing.telegram.FakeSender;
import dev.briefing.telegram.inbound.TelegramMapper;
import dev.briefing.telegram.rendering.TelegramRenderer;
import java.util.List;
import java.util.regex.Pattern;

/** The chat adapter contract on Telegram, sending to a {@link FakeSender}. */
class TelegramChatAdapterContractTest extends AbstractChatAdapterContract {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private final FakeSender sender = new FakeSender(clock);

  @Override
  protected ChatAdapter newAdapter() {
    return new TelegramChatAdapter(
        sender,
        QueuedChatAdapter.Context.of(new InMemorySubscriptionRepository(clock), clock, scheduler));
  }

  @Override
  protected ChatAddress chat() {
    return ChatAddress.of(TelegramMapper.PLATFORM, "501");
  }

  /** Each accepted message's HTML as Telegram shows it: tags dropped, entities read. */
  @Override
  protected List<String> delivered() {
    return sender.delivered().stream().map(a -> shown(a.text())).toList();
  }

  @Override
  protected int maxMessageLength() {
    return TelegramRenderer.MAX_MESSAGE_LENGTH;
  }

  @Override
  protected void refuseNextSendForGood() {
    sender.failNext(FakeSender.forbidden());
  }

  private static String shown(String html) {
    String text = TAG.matcher(html).replaceAll("");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
