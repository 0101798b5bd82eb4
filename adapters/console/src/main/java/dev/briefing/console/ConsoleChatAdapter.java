package dev.briefing.console;

import dev.briefing.core.chat.ChatAdapter;
import dev.briefing.core.chat.ChatAddress;
import dev.briefing.core.chat.OutgoingFile;
import dev.briefing.core.chat.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sends replies to a terminal (or any writer), each followed by a blank line and a flush. A file a
 * reply carries (e.g. {@code /feed export}) is saved in a folder, the working directory by default,
 * never over an existing file, and its path printed.
 */
public final class ConsoleChatAdapter implements ChatAdapter {
  private final PrintWriter out;
  private final ConsoleRenderer renderer;
  private final Path files;

  /** Saves files in the working directory. */
  public ConsoleChatAdapter(PrintWriter out, ConsoleRenderer renderer) {
    this(out, renderer, Path.of(""));
  }

  /**
   * @param files the folder files sent with replies are saved in
   */
  public ConsoleChatAdapter(PrintWriter out, ConsoleRenderer renderer, Path files) {
    this.out = out;
    this.renderer = renderer;
    this.files = files;
  }

  @Override
  public synchronized void send(ChatAddress chat, Reply reply) {
    out.println(renderer.render(reply));
    reply.file().ifPresent(file -> out.println(save(file)));
    out.println();
    out.flush();
  }

  private String save(OutgoingFile file) {
    try {
      Path saved = create(file);
      return "Saved " + file.name() + " as " + saved.toAbsolutePath().normalize() + ".";
    } catch (IOException e) {
      return "I could not save " + file.name() + " in " + files.toAbsolutePath() + ": " + e;
    }
  }

  // feeds.opml, else feeds-2.opml, feeds-3.opml…: an earlier export is never overwritten.
  private Path create(OutgoingFile file) throws IOException {
    String name = file.name();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : "";
    for (int n = 1; ; n++) {
      Path target = files.resolve(n == 1 ? name : stem + "-" + n + extension);
      try {
        return Files.write(target, file.content(), StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        if (n >= 1000) {
          throw e;
        }
      }
    }
  }
}
