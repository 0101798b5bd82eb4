package dev.briefing.app;

import static dev.briefing.telegram.FakeBotApi.privateUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.telegram.FakeBotApi;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started the way the Docker image starts it (the Dockerfile's ENTRYPOINT and CMD,
 * with the image's paths mapped to the build's; settings from the environment; JSON logs), against
 * a fake Bot API: the HEALTHCHECK script passes, it answers, serves metrics, and on SIGTERM shuts
 * down in order and exits.
 */
class ImageStartIT {
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String TOKEN = "123456:ABC-image_secret";
  private static final Path JAR = Path.of("target", "briefing.jar").toAbsolutePath();
  private static final Path CONFIG = Path.of("..", "config", "briefing.yml").toAbsolutePath();
  private static final Path HEALTHCHECK =
      Path.of("src", "main", "docker", "healthcheck.sh").toAbsolutePath();
  private static final Path DOCKERFILE = Path.of("..", "Dockerfile").toAbsolutePath();

  @TempDir Path dir;
  private FakeBotApi api;
  private Process bot;
  private int adminPort;
  private Path log;

  @BeforeEach
  void start() throws IOException {
    api = new FakeBotApi();
    adminPort = freePort();
    log = dir.resolve("stderr.log");
    ProcessBuilder builder = new ProcessBuilder(imageCommand());
    builder.directory(dir.toFile());
    builder.environment().put("BRIEFING_DB_URL", "jdbc:h2:file:" + dir.resolve("data/briefing"));
    builder.environment().put("BRIEFING_ADMIN_PORT", Integer.toString(adminPort));
    builder.environment().put("BRIEFING_LOG_FORMAT", "json");
    builder.environment().put("BRIEFING_LOG_LEVEL", "INFO");
    builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
    builder.environment().put("TELEGRAM_API_URL", api.url().toString());
    builder.redirectError(log.toFile());
    builder.redirectOutput(dir.resolve("stdout.log").toFile());
    bot = builder.start();
  }

  @AfterEach
  void stop() throws IOException {
    bot.destroyForcibly();
    api.close();
  }

  @Test
  void passesItsHealthcheckAnswersAndStopsGracefullyOnSigterm() throws Exception {
    await().atMost(WAIT).until(() -> healthcheck("/readyz") == 0 || !bot.isAlive());
    assertThat(bot.isAlive()).as("the bot is running; its log:\n%s", logText()).isTrue();
    assertThat(healthcheck("/healthz")).isZero();

    api.queueUpdates(privateUpdate(1, 42, "/help"));
    await().atMost(WAIT).until(() -> !api.sentTo("42").isEmpty());
    // The reply is counted once the bot has read the Bot API's answer, just after the fake saw it.
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(get("/metrics"))
                    .contains("briefing_messages_in_total{platform=\"telegram\"} 1.0")
                    .contains("briefing_messages_out_total{platform=\"telegram\"} 1.0")
                    .contains("briefing_outbound_queue_depth{platform=\"telegram\"} 0.0")
                    .contains("jvm_memory_used_bytes"));

    bot.destroy(); // SIGTERM, as docker stop sends
    assertThat(bot.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("it exits").isTrue();
    assertThat(bot.exitValue()).as("exit code after SIGTERM").isEqualTo(143);

    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    assertThat(lines).isNotEmpty().noneMatch(line -> line.contains("ABC-image_secret"));
    List<String> messages =
        lines.stream()
            .map(line -> readJson(json, line))
            .map(event -> event.path("formattedMessage").asText())
            .toList();
    assertThat(messages)
        .containsSubsequence(
            "Shutting down: readiness",
            "Shutting down: scheduler pause",
            "Shutting down: chat front ends",
            "Shutting down: scheduler and database",
            "Shutting down: admin port",
            "Shut down");
  }

  @Test
  void theImageRunsTheHealthcheckScriptItCopies() throws IOException {
    String dockerfile = Files.readString(DOCKERFILE);

    assertThat(dockerfile)
        .contains("COPY app/src/main/docker/healthcheck.sh /app/healthcheck.sh")
        .containsPattern("(?m)^HEALTHCHECK .*CMD \\[\"/app/healthcheck.sh\"]$");
  }

  /**
   * The Dockerfile's ENTRYPOINT followed by its CMD, with the image's java, jar and configuration
   * replaced by this build's.
   */
  private static List<String> imageCommand() throws IOException {
    String dockerfile = Files.readString(DOCKERFILE);
    List<String> command = new ArrayList<>(instruction(dockerfile, "ENTRYPOINT"));
    command.addAll(instruction(dockerfile, "CMD"));
    assertThat(command)
        .startsWith("java")
        .contains("/app/briefing.jar", "/app/config/briefing.yml");
    return command.stream()
        .map(arg -> arg.equals("java") ? javaBinary() : arg)
        .map(arg -> arg.equals("/app/briefing.jar") ? JAR.toString() : arg)
        .map(arg -> arg.equals("/app/config/briefing.yml") ? CONFIG.toString() : arg)
        .toList();
  }

  /** The JSON array of the Dockerfile's (last) line starting with {@code name}. */
  private static List<String> instruction(String dockerfile, String name) throws IOException {
    String line =
        dockerfile
            .lines()
            .filter(l -> l.startsWith(name + " ["))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new AssertionError("the Dockerfile has no " + name + " [...]"));
    String[] args =
        new ObjectMapper().readValue(line.substring(name.length()).strip(), String[].class);
    return List.of(args);
  }

  private static JsonNode readJson(ObjectMapper json, String line) {
    try {
      return json.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not a JSON log line: " + line, e);
    }
  }

  private int healthcheck(String path) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", HEALTHCHECK.toString(), path);
    builder.environment().put("BRIEFING_ADMIN_PORT", Integer.toString(adminPort));
    Process check = builder.start();
    return check.waitFor(30, TimeUnit.SECONDS) ? check.exitValue() : -1;
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + adminPort + path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  private String logText() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
