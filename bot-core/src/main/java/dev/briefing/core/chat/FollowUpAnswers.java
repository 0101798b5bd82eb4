package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.chat.FollowUps.FollowUp;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.ChatAnswer;
import dev.briefing.core.model.Citation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A chat's questions as a conversation: each is read against the chat's last one ({@link
 * FollowUps}), answered, and remembered in the {@link ConversationStore} for the next. "What else"
 * and {@code /more} leave out the sentences already shown and look first in the articles the last
 * answer cited, then in all the chat asks about.
 */
final class FollowUpAnswers {
  static final String ASK_FIRST =
      "Ask me something first; then /more shows more of the answer, while the question is recent.";
  static final String NOTHING_MORE = "That is all the articles say about it.";

  private final BriefingEngine engine;
  private final ConversationStore conversations;
  private final Clock clock;

  FollowUpAnswers(BriefingEngine engine, ConversationStore conversations, Clock clock) {
    this.engine = engine;
    this.conversations = conversations;
    this.clock = clock;
  }

  /** Answers {@code text} as asked in {@code chat}, following up on its last question. */
  ChatAnswer ask(ChatAddress chat, List<AnalyzedArticle> scope, String text) {
    Optional<Conversation> last = conversations.find(chat);
    return answer(chat, scope, FollowUps.resolve(text, last, clock.instant()), last);
  }

  /**
   * More of the answer to the chat's last question; fails when there is none (any more), or when
   * {@code asked} names another question than the last (a "More" button under an earlier answer).
   *
   * @param asked {@link #askedToken} of the question the "More" was for; empty: the last one
   */
  ChatAnswer more(ChatAddress chat, List<AnalyzedArticle> scope, Optional<String> asked) {
    Conversation last =
        conversations.find(chat).orElseThrow(() -> new BriefingException(ASK_FIRST));
    if (asked.isPresent() && !asked.get().equals(token(last))) {
      throw new BriefingException(
          "That \"More\" was for an earlier question; /more shows more of the last one.");
    }
    return answer(chat, scope, FollowUps.more(last), Optional.of(last));
  }

  /**
   * Names the chat's current question for a "More" button, so a button under an older one fails.
   */
  Optional<String> askedToken(ChatAddress chat) {
    return conversations.find(chat).map(FollowUpAnswers::token);
  }

  private static String token(Conversation conversation) {
    return Long.toString(conversation.at().toEpochMilli(), 36);
  }

  private ChatAnswer answer(
      ChatAddress chat, List<AnalyzedArticle> scope, FollowUp asked, Optional<Conversation> last) {
    List<Citation> shown =
        asked.more() ? last.map(Conversation::cited).orElse(List.of()) : List.of();
    boolean again =
        asked.more() && last.filter(c -> c.question().equals(asked.question())).isPresent();
    List<AnalyzedArticle> narrowed = again ? cited(scope, last.get().articles()) : scope;
    ChatAnswer answer = engine.ask(narrowed, asked.question(), shown);
    if (!answer.answer().found() && narrowed.size() < scope.size()) {
      answer = engine.ask(scope, asked.question(), shown);
    }
    if (asked.more()
        && (!answer.answer().found() || shown.containsAll(answer.answer().citations()))) {
      answer = ChatAnswer.of(Answer.notFound(NOTHING_MORE));
    }
    remember(chat, asked, answer, last);
    return answer;
  }

  /**
   * Saves the conversation after {@code answer}. An answer that found nothing keeps the last
   * question and subject (only the time moves on); the first question of a chat is kept anyway.
   */
  private void remember(
      ChatAddress chat, FollowUp asked, ChatAnswer answer, Optional<Conversation> last) {
    Instant now = clock.instant();
    Conversation next;
    if (!answer.answer().found() && last.isPresent()) {
      Conversation c = last.get();
      next =
          new Conversation(
              c.question(), c.person(), c.organisation(), c.articles(), c.cited(), now);
    } else {
      List<Citation> cited = new ArrayList<>();
      if (asked.more()) {
        last.ifPresent(c -> cited.addAll(c.cited()));
      }
      answer.answer().citations().stream().filter(c -> !cited.contains(c)).forEach(cited::add);
      next =
          new Conversation(
              asked.question(),
              answer.person().or(() -> last.flatMap(Conversation::person)),
              answer.organisation().or(() -> last.flatMap(Conversation::organisation)),
              articles(answer.answer().citations()),
              cited,
              now);
    }
    conversations.save(chat, next);
  }

  /** The cited articles' ids, the most cited first (the first cited on a tie). */
  private static List<String> articles(List<Citation> citations) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    citations.forEach(c -> counts.merge(c.article(), 1, Integer::sum));
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort((a, b) -> counts.get(b) - counts.get(a));
    return ids;
  }

  /** The articles of {@code scope} among {@code ids}; all of it when none is. */
  private static List<AnalyzedArticle> cited(List<AnalyzedArticle> scope, List<String> ids) {
    Set<String> wanted = new HashSet<>(ids);
    List<AnalyzedArticle> out =
        scope.stream().filter(a -> wanted.contains(a.article().id())).toList();
    return out.isEmpty() ? scope : out;
  }
}
