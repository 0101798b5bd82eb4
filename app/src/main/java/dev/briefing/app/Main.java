package dev.briefing.app;

import dev.briefing.app.wiring.CoreFactory;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The composition root: wires the real engine, the process's streams and environment. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the locale: answers quote curly quotes and accented names verbatim.
    PrintWriter out = utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = utf8(new FileOutputStream(FileDescriptor.err));
    CliContext context =
        new CliContext(
            CoreFactory.withMiniLm(),
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
            out,
            err,
            System.getenv(),
            Path.of(""),
            System.console() != null,
            hook -> Runtime.getRuntime().addShutdownHook(new Thread(hook, "briefing-shutdown")));
    int exitCode = BriefingCli.create(context).execute(args);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  private static PrintWriter utf8(FileOutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
