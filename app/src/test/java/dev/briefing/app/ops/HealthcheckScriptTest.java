package dev.briefing.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The image's HEALTHCHECK script against the admin server. */
class HealthcheckScriptTest {
  private static final Path SCRIPT = Path.of("src", "main", "docker", "healthcheck.sh");

  @Test
  void passesWhileTheAdminPortAnswersAndChecksReadinessOnRequest() throws Exception {
    AtomicReference<Optional<String>> unready = new AtomicReference<>(Optional.of("starting"));
    try (AdminServer admin = AdminServer.start(0, unready::get, () -> "")) {
      assertThat(run(admin.port())).isZero();
      assertThat(run(admin.port(), "/readyz")).isEqualTo(1);

      unready.set(Optional.empty());
      assertThat(run(admin.port(), "/readyz")).isZero();
    }
  }

  @Test
  void failsWhenNothingListens() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    assertThat(run(port)).isEqualTo(1);
  }

  private static int run(int port, String... path) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString());
    builder.command().addAll(List.of(path));
    builder.environment().put("BRIEFING_ADMIN_PORT", Integer.toString(port));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the check ends").isTrue();
    return process.exitValue();
  }
}
