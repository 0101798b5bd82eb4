package dev.briefing.console;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.CommandRouter;
import dev.briefing.core.chat.IncomingMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A chat over a reader and a writer, one message a line: free text is a question, {@code /help} and
 * the other commands go to the router, {@code /quit} or the end of the input ends the chat.
 */
public final class ConsoleChat {
  /** The one chat the console has. */
  public static final ChatAddress ADDRESS = ChatAddress.of("console", "local");

  private static final String USER = "console-user";

  private final BufferedReader in;
  private final PrintWriter out;
  private final ChatAdapter replies;
  private final CommandRouter router;
  private final String prompt;

  /**
   * @param prompt printed before each line is read, e.g. {@code "> "} on a terminal, or empty when
   *     the input is a pipe
   */
  public ConsoleChat(Reader in, PrintWriter out, CommandRouter router, String prompt) {
    this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in);
    this.out = out;
    this.replies = new ConsoleChatAdapter(out, new ConsoleRenderer());
    this.router = router;
    this.prompt = prompt;
  }

  /** Greets, then answers line by line until {@code /quit} or the end of the input. */
  public void run() {
    handle("/start");
    out.println("Type /quit (or end the input) to leave.");
    out.println();
    String line;
    while ((line = readLine()) != null) {
      String text = line.strip();
      if (isQuit(text)) {
        out.println("Bye.");
        break;
      }
      if (!text.isEmpty()) {
        handle(text);
      }
    }
    out.flush();
  }

  private void handle(String text) {
    router.route(new IncomingMessage(ADDRESS, USER, text)).forEach(r -> replies.send(ADDRESS, r));
  }

  private String readLine() {
    out.print(prompt);
    out.flush();
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the console input", e);
    }
  }

  private static boolean isQuit(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals("/quit") || lower.startsWith("/quit@") || lower.equals("/exit");
  }
}
