package dev.briefing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.chat.CommandSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

class BotCommandsTest {
  @Test
  void publishesTheCommandTableWithinTelegramsLimits() {
    List<CommandSpec> table =
        List.of(
            new CommandSpec("summary", "Summarize   the newest\narticle.", (m, a) -> List.of()),
            new CommandSpec("x".repeat(33), "Too long a name for Telegram.", (m, a) -> List.of()),
            new CommandSpec("help", "d".repeat(300), (m, a) -> List.of()));

    List<BotCommand> commands = BotCommands.from(table);

    assertThat(commands).extracting(BotCommand::getCommand).containsExactly("summary", "help");
    assertThat(commands.get(0).getDescription()).isEqualTo("Summarize the newest article.");
    assertThat(commands.get(1).getDescription()).hasSize(256).endsWith("…");
  }
}
