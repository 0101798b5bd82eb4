package dev.briefing.telegram.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.telegram.FakeSender;
import dev.briefing.testing.CapturedLogs;
import dev.briefing.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

class TelegramChatAdminsTest {
  private static final ChatAddress GROUP = ChatAddress.of("telegram", "-100200");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  private final List<String> asked = new ArrayList<>();
  private final Deque<Object> answers = new ArrayDeque<>(); // a status, or an exception to throw
  private final TelegramChatAdmins admins =
      new TelegramChatAdmins(
          (chatId, userId) -> {
            asked.add(chatId + "/" + userId);
            Object next = answers.isEmpty() ? "member" : answers.pollFirst();
            if (next instanceof TelegramApiException e) {
              throw e;
            }
            return (String) next;
          },
          clock);

  @Test
  void creatorsAndAdministratorsAreAdminsOtherMembersAreNot() {
    answers.addAll(List.of("creator", "administrator", "member", "restricted", "left"));

    assertThat(admins.isAdmin(GROUP, "1")).isTrue();
    assertThat(admins.isAdmin(GROUP, "2")).isTrue();
    assertThat(admins.isAdmin(GROUP, "3")).isFalse();
    assertThat(admins.isAdmin(GROUP, "4")).isFalse();
    assertThat(admins.isAdmin(GROUP, "5")).isFalse();
    assertThat(asked)
        .containsExactly("-100200/1", "-100200/2", "-100200/3", "-100200/4", "-100200/5");
  }

  @Test
  void remembersAnAnswerForTheCacheTimeThenAsksAgain() {
    answers.addAll(List.of("administrator", "member"));

    assertThat(admins.isAdmin(GROUP, "7")).isTrue();
    clock.advance(TelegramChatAdmins.REMEMBERED.minusSeconds(1));
    assertThat(admins.isAdmin(GROUP, "7")).isTrue(); // a hit: no call
    assertThat(asked).hasSize(1);

    clock.advance(Duration.ofSeconds(1)); // demoted meanwhile: the next answer says so
    assertThat(admins.isAdmin(GROUP, "7")).isFalse();
    assertThat(asked).hasSize(2);
  }

  @Test
  void keepsAnswersApartPerChatAndUser() {
    answers.addAll(List.of("administrator", "member", "member"));

    assertThat(admins.isAdmin(GROUP, "7")).isTrue();
    assertThat(admins.isAdmin(GROUP, "8")).isFalse();
    assertThat(admins.isAdmin(ChatAddress.of("telegram", "-100999"), "7")).isFalse();
    assertThat(asked).hasSize(3);
  }

  @Test
  void aFailedCallIsNoAdminAndIsAskedAgainSoon() {
    answers.addAll(List.of(new TelegramApiException("Unable to execute getchatmember method")));
    answers.add("administrator");

    assertThat(admins.isAdmin(GROUP, "7")).isFalse();
    assertThat(admins.isAdmin(GROUP, "7")).isFalse(); // right after: not asked again at once
    assertThat(asked).hasSize(1);

    clock.advance(TelegramChatAdmins.RETRY_AFTER_FAILURE);
    assertThat(admins.isAdmin(GROUP, "7")).isTrue();
    assertThat(asked).hasSize(2);
    assertThat(TelegramChatAdmins.RETRY_AFTER_FAILURE).isLessThan(TelegramChatAdmins.REMEMBERED);
  }

  @Test
  void aBadRequestCountsAsNoAdmin() {
    answers.add(badRequest());

    assertThat(admins.isAdmin(GROUP, "7")).isFalse();
  }

  @Test
  void aChatSpeakingAsItselfIsItsOwnAdminWithoutACall() {
    ChatAddress channel = ChatAddress.of("telegram", "-1001234");

    assertThat(admins.isAdmin(channel, "-1001234")).isTrue();
    assertThat(asked).isEmpty();
  }

  @Test
  void warnsOnceAboutFailuresUntilACallSucceedsAndNeverLogsTheRequest() {
    TelegramApiException network =
        new TelegramApiException(
            "Unable to execute", new IOException("http://x/bot123456:SECRET/getChatMember"));
    answers.addAll(List.of(network, network, "member", badRequest()));

    try (CapturedLogs logs = new CapturedLogs()) {
      admins.isAdmin(GROUP, "1");
      admins.isAdmin(GROUP, "2");
      admins.isAdmin(GROUP, "3");
      admins.isAdmin(GROUP, "4");

      List<String> warnings =
          logs.events().stream()
              .filter(e -> e.getLevel() == Level.WARN)
              .map(e -> e.getFormattedMessage())
              .toList();
      assertThat(warnings).hasSize(2);
      assertThat(warnings.get(0)).contains("user 1", "-100200", "IOException");
      assertThat(warnings.get(1)).contains("user 4", "400");
      assertThat(logs.lines()).noneMatch(line -> line.contains("SECRET"));
    }
  }

  // As the client throws it for the Bot API's error answer.
  private static TelegramApiException badRequest() {
    return FakeSender.apiError(
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: user not found\"}");
  }
}
