package dev.briefing.core.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRouterTest {
  private static final ChatAddress CHAT = ChatAddress.of("test", "chat-1");

  private final CommandRouter router =
      new CommandRouter(
          List.of(
              new CommandSpec("echo", "Repeat the arguments.", (m, args) -> reply("echo:" + args)),
              new CommandSpec("summary", "Summarize.", (m, args) -> reply("summary:" + args)),
              new CommandSpec(
                  "fail",
                  "Fail as expected.",
                  (m, args) -> {
                    throw new BriefingException("That article is not here.");
                  }),
              new CommandSpec(
                  "crash",
                  "Fail unexpectedly.",
                  (m, args) -> {
                    throw new IllegalStateException("bug with internal details");
                  })),
          (m, text) -> reply("question:" + text));

  @Test
  void routesCommandToItsHandlerWithTrimmedArguments() {
    assertThat(texts("/echo   hello there  ")).containsExactly("echo:hello there");
    assertThat(texts("/echo")).containsExactly("echo:");
  }

  @Test
  void stripsBotNameSuffixAndIgnoresCase() {
    assertThat(texts("/echo@BriefingBot hi")).containsExactly("echo:hi");
    assertThat(texts("/ECHO hi")).containsExactly("echo:hi");
  }

  @Test
  void sendsFreeTextToTheQuestionHandler() {
    assertThat(texts("  What did the minister say? "))
        .containsExactly("question:What did the minister say?");
  }

  @Test
  void answersUnknownCommandWithHelpAndTheClosestCommand() {
    String reply = texts("/sumary 3").get(0);

    assertThat(reply).startsWith("I don't know the command /sumary. Did you mean /summary?");
    assertThat(reply).contains(router.helpText());
  }

  @Test
  void suggestsNothingWhenNoCommandIsClose() {
    String reply = texts("/xylophone").get(0);

    assertThat(reply)
        .startsWith("I don't know the command /xylophone.\n\n")
        .doesNotContain("Did you mean");
  }

  @Test
  void suggestsACommandFromItsPrefix() {
    assertThat(router.suggest("summ")).contains("summary");
    assertThat(router.suggest("ech")).contains("echo");
  }

  @Test
  void answersBlankMessageAndBareSlashWithHelp() {
    assertThat(texts("   ")).containsExactly(router.helpText());
    assertThat(texts("/")).containsExactly(router.helpText());
  }

  @Test
  void sendsBriefingExceptionMessageAsIs() {
    assertThat(texts("/fail")).containsExactly("That article is not here.");
  }

  @Test
  void hidesUnexpectedExceptionsBehindAGenericReply() {
    assertThat(texts("/crash")).containsExactly(CommandRouter.GENERIC_ERROR);
  }

  @Test
  void generatesHelpFromTheCommandTableInOrder() {
    assertThat(router.helpText())
        .isEqualTo(
            "Type a question about the articles, or one of these commands:\n"
                + "/echo — Repeat the arguments.\n"
                + "/summary — Summarize.\n"
                + "/fail — Fail as expected.\n"
                + "/crash — Fail unexpectedly.");
  }

  @Test
  void rejectsTwoCommandsWithOneName() {
    CommandSpec one = new CommandSpec("ask", "One.", (m, a) -> List.of());
    CommandSpec two = new CommandSpec("ask", "Two.", (m, a) -> List.of());

    assertThatThrownBy(() -> new CommandRouter(List.of(one, two), (m, a) -> List.of()))
        .hasMessageContaining("duplicate command /ask");
  }

  @Test
  void specRejectsNamesWithSlashOrCapitals() {
    assertThatThrownBy(() -> new CommandSpec("/ask", "Ask.", (m, a) -> List.of()))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new CommandSpec("Ask", "Ask.", (m, a) -> List.of()))
        .hasMessageContaining("name");
  }

  private List<String> texts(String text) {
    return router.route(new IncomingMessage(CHAT, "user-1", text)).stream()
        .map(Reply::text)
        .toList();
  }

  private static List<Reply> reply(String text) {
    return List.of(Reply.text(text));
  }
}
