package dev.briefing.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium for the browser ITs, through the system's chromedriver ({@code
 * /usr/bin/chromedriver} and {@code /usr/bin/chromium}, the Debian packages {@code chromium-driver}
 * and {@code chromium}; {@code CHROMEDRIVER} and {@code CHROME_BIN} point elsewhere). Without them
 * the tests are skipped, so a machine with only a JDK still builds.
 */
final class Browser {
  private Browser() {}

  static ChromeDriver start() {
    Path driver = Path.of(env("CHROMEDRIVER").orElse("/usr/bin/chromedriver"));
    Path chrome = Path.of(env("CHROME_BIN").orElse("/usr/bin/chromium"));
    assumeTrue(
        Files.isExecutable(driver), "no chromedriver at " + driver + ": browser ITs skipped");
    assumeTrue(Files.isExecutable(chrome), "no chromium at " + chrome + ": browser ITs skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chrome.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driver.toString()))
            .build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    return browser;
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
