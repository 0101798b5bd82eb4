package dev.briefing.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.BriefingException;
import dev.briefing.core.digest.DigestOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;
  private final Map<String, String> env = new HashMap<>();

  @Test
  void usesDefaultsWithoutAFile() {
    assertThat(load()).isEqualTo(BriefingConfig.defaults(dir));
  }

  @Test
  void shippedDefaultFileIsValidAndHoldsTheDefaults() throws IOException {
    // Surefire runs in the module folder; the shipped file is the repository's config/briefing.yml.
    Path shipped = Path.of("..", "config", "briefing.yml").toAbsolutePath();

    BriefingConfig config = new ConfigLoader(dir, env).load(Optional.of(shipped));

    assertThat(config).isEqualTo(BriefingConfig.defaults(dir));
    assertThat(Files.readString(shipped))
        .contains(
            "summary:",
            "sentences:",
            "articles:",
            "console:",
            "enabled:",
            "retrieval:",
            "embeddings:",
            ConfigLoader.ENV_RETRIEVAL_EMBEDDINGS,
            "digests:",
            "default_zone:",
            "misfire_grace_minutes:",
            "send_when_empty:",
            "claim_lease_seconds:",
            DigestSection.ENV_CLAIM_LEASE,
            "retention:",
            "feeds:",
            "folder:",
            "allow_private_networks:",
            "max_age_days:",
            "max_count:",
            "telegram:",
            "slack:",
            ChatPlatform.TELEGRAM.switchVariable(),
            ChatPlatform.SLACK.switchVariable(),
            DigestSection.ENV_DEFAULT_ZONE,
            "BRIEFING_DB_URL");
  }

  @Test
  void readsEveryKey() throws IOException {
    Files.createDirectories(dir.resolve("config/articles"));
    Files.writeString(dir.resolve("config/articles/a.txt"), "A\n\nB.");
    write(
        "summary:\n  sentences: 5\narticles:\n  - articles/a.txt\nconsole:\n  enabled: false\n"
            + "retrieval:\n  embeddings: false\n"
            + "digests:\n  default_zone: Europe/Berlin\n  misfire_grace_minutes: 5\n"
            + "  send_when_empty: true\n"
            + "retention:\n  max_age_days: 30\n  max_count: 5000\n"
            + "feeds:\n  - https://news.example/rss\nfolder: articles\n");

    BriefingConfig config = load();

    assertThat(config.feeds()).containsExactly(java.net.URI.create("https://news.example/rss"));
    assertThat(config.folder()).contains(dir.resolve("config/articles"));
    assertThat(config.retention()).isEqualTo(new BriefingConfig.Retention(30, 5000));
    assertThat(config.digests().defaultZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(config.digests().options())
        .isEqualTo(new DigestOptions(Duration.ofMinutes(5), true));
    assertThat(config.database().url()).isEqualTo("jdbc:h2:file:" + dir.resolve("data/briefing"));
    assertThat(config.summary().sentences()).isEqualTo(5);
    assertThat(config.articles()).containsExactly(dir.resolve("config/articles/a.txt"));
    assertThat(config.console().enabled()).isFalse();
    assertThat(config.retrieval().embeddings()).isFalse();
  }

  @Test
  void listsEveryProblemAtOnce() throws IOException {
    write(
        "summery:\n  sentences: 2\nsummary:\n  sentences: three\n  length: 2\n"
            + "articles:\n  - missing.txt\n  - 42\nconsole:\n  enabled: maybe\n"
            + "retrieval:\n  embeddings: 1\n  model: bge\n"
            + "digests:\n  default_zone: Mars/Olympus\n  misfire_grace_minutes: 0\n"
            + "  send_when_empty: sometimes\n  zone: UTC\n  claim_lease_seconds: 1\n"
            + "retention:\n  max_count: -5\n"
            + "feeds:\n  - ftp://news.example/rss\nfolder: nowhere\n"
            + "telegram:\n  enabled: true\nslack:\n  enabled: sometimes\n");
    env.put("BRIEFING_DB_URL", "jdbc:mysql://db/briefing");
    env.put(ConfigLoader.ENV_ADMIN_PORT, "70000");
    env.put(ConfigLoader.ENV_LOG_FORMAT, "xml");
    env.put(ConfigLoader.ENV_LOG_LEVEL, "LOUD");
    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "unknown key summery (known: summary, articles, feeds, folder, sources,"
                            + " console, retrieval, digests, retention, telegram, slack)",
                        "telegram.enabled is true but TELEGRAM_BOT_TOKEN is not set",
                        "slack.enabled must be auto, true or false, was \"sometimes\"",
                        "feeds[0] must be an http or https URL, was \"ftp://news.example/rss\"",
                        "folder: no such folder " + dir.resolve("config/nowhere"),
                        "retention.max_count must be 0 (no limit) or more, was -5",
                        "unknown key digests.zone (known: default_zone, misfire_grace_minutes,"
                            + " send_when_empty, claim_lease_seconds)",
                        "digests.claim_lease_seconds must be from 2 to 86400, was 1",
                        "digests.default_zone: 'Mars/Olympus' is not a time zone I know. Use an"
                            + " IANA zone such as Europe/Berlin, America/New_York or Asia/Tokyo.",
                        "digests.misfire_grace_minutes must be from 1 to 1440, was 0",
                        "digests.send_when_empty must be true or false, was \"sometimes\"",
                        "BRIEFING_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL, was one"
                            + " starting 'jdbc:mysql:'",
                        "BRIEFING_ADMIN_PORT must be a port from 1 to 65535, was \"70000\"",
                        "BRIEFING_LOG_FORMAT must be text or json, was \"xml\"",
                        "BRIEFING_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF,"
                            + " was \"LOUD\"",
                        "unknown key retrieval.model (known: embeddings)",
                        "retrieval.embeddings must be true or false, was 1",
                        "unknown key summary.length (known: sentences)",
                        "summary.sentences must be a whole number, was \"three\"",
                        "console.enabled must be true or false, was \"maybe\"",
                        "articles[0]: no such file " + dir.resolve("config/missing.txt"),
                        "articles[1] must be a file path, was 42"));
  }

  @Test
  void listsEachEnabledPlatformsMissingSecretsWithTheOtherProblems() throws IOException {
    write("summary:\n  sentences: 11\nslack:\n  enabled: true\n");
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put("TELEGRAM_WEBHOOK_URL", "not a url");

    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .contains("summary.sentences must be from 1 to 10, was 11")
                    .anySatisfy(p -> assertThat(p).startsWith("slack: ").contains("SIGNING_SECRET"))
                    .anySatisfy(
                        p -> assertThat(p).startsWith("telegram: ").contains("TELEGRAM_WEBHOOK")))
        .hasMessageNotContaining("xoxb-test")
        .hasMessageNotContaining("123:abc");
  }

  @Test
  void listsEachMalformedSlackAccessIdAsItsOwnProblem() throws IOException {
    write("summary:\n  sentences: 11\n");
    env.put("SLACK_BOT_TOKEN", "xoxb-test");
    env.put("SLACK_APP_TOKEN", "xapp-test");
    env.put("SLACK_ALLOWED_WORKSPACES", "news");
    env.put("SLACK_ALLOWED_CHANNELS", "C0NEWS,#general");
    env.put("SLACK_ADMINS", "@alice");

    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .contains("summary.sentences must be from 1 to 10, was 11")
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith("slack: SLACK_ALLOWED_WORKSPACES")
                                .endsWith("news"))
                    .anySatisfy(
                        p ->
                            assertThat(p)
                                .startsWith("slack: SLACK_ALLOWED_CHANNELS")
                                .endsWith("#general"))
                    .anySatisfy(
                        p -> assertThat(p).startsWith("slack: SLACK_ADMINS").endsWith("@alice")))
        .hasMessageNotContaining("xoxb-test");
  }

  @Test
  void aPlatformIsOnWhenItsTokenIsSetUnlessTurnedOff() throws IOException {
    env.put("TELEGRAM_BOT_TOKEN", "123:abc");
    env.put(ChatPlatform.SLACK.switchVariable(), "false");
    env.put("SLACK_BOT_TOKEN", "xoxb-test");

    BriefingConfig.Platforms platforms = load().platforms();

    assertThat(platforms)
        .isEqualTo(
            new BriefingConfig.Platforms(
                BriefingConfig.Platforms.Switch.AUTO, BriefingConfig.Platforms.Switch.OFF));
    assertThat(BriefingConfig.Platforms.runs(platforms.telegram(), true)).isTrue();
    assertThat(BriefingConfig.Platforms.runs(platforms.slack(), true)).isFalse();
    assertThat(BriefingConfig.Platforms.runs(BriefingConfig.Platforms.Switch.AUTO, false))
        .isFalse();
  }

  @Test
  void rejectsSummariesOutsideOneToTen() throws IOException {
    write("summary:\n  sentences: 11\n");

    assertThatThrownBy(this::load)
        .hasMessageEndingWith("(1 problem): summary.sentences must be from 1 to 10, was 11");
  }

  @Test
  void environmentOverridesSingleKeys() throws IOException {
    write("summary:\n  sentences: 5\n");
    env.put(ConfigLoader.ENV_SUMMARY_SENTENCES, " 7 ");
    env.put(ConfigLoader.ENV_CONSOLE_ENABLED, "FALSE");
    env.put(ConfigLoader.ENV_RETRIEVAL_EMBEDDINGS, "false");
    env.put(DigestSection.ENV_DEFAULT_ZONE, "america/new_york");
    env.put(DigestSection.ENV_MISFIRE_GRACE, "30");
    env.put(DigestSection.ENV_SEND_WHEN_EMPTY, "true");
    env.put(DigestSection.ENV_CLAIM_LEASE, "20");
    env.put("BRIEFING_DB_URL", "jdbc:postgresql://db:5432/briefing");
    env.put("BRIEFING_DB_USER", "bot");
    env.put(ConfigLoader.ENV_ADMIN_PORT, "8081");

    BriefingConfig config = load();

    assertThat(config.adminPort()).hasValue(8081);
    assertThat(config.digests().defaultZone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(config.digests().options())
        .isEqualTo(new DigestOptions(Duration.ofMinutes(30), true, Duration.ofSeconds(20)));
    assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db:5432/briefing");
    assertThat(config.database().user()).isEqualTo("bot");
    assertThat(config.summary().sentences()).isEqualTo(7);
    assertThat(config.console().enabled()).isFalse();
    assertThat(config.retrieval().embeddings()).isFalse();
  }

  @Test
  void theEnvironmentReplacesTheArticleFeedAndFolderLists() throws IOException {
    write("feeds:\n  - https://old.example/rss\n");
    Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(dir.resolve("a.txt"), "A\n\nB.");
    env.put(ConfigLoader.ENV_ARTICLES, "a.txt, ");
    env.put(SourceSection.ENV_FEEDS, "https://news.example/rss,http://wire.example/atom");
    env.put(SourceSection.ENV_FOLDER, "inbox");

    BriefingConfig config = load();

    assertThat(config.articles()).containsExactly(dir.resolve("a.txt"));
    assertThat(config.feeds())
        .containsExactly(
            java.net.URI.create("https://news.example/rss"),
            java.net.URI.create("http://wire.example/atom"));
    assertThat(config.folder()).contains(dir.resolve("inbox"));

    env.put(ConfigLoader.ENV_ARTICLES, "missing.txt");
    env.put(SourceSection.ENV_FEEDS, "ftp://x.example/rss");
    env.put(SourceSection.ENV_FOLDER, "nowhere");
    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactlyInAnyOrder(
                        "BRIEFING_ARTICLES: no such file " + dir.resolve("missing.txt"),
                        "BRIEFING_FEEDS: \"ftp://x.example/rss\" is not an http or https URL",
                        "BRIEFING_FOLDER: no such folder " + dir.resolve("nowhere")));
  }

  @Test
  void embeddingsAreOnByDefaultAndTheEnvironmentAloneCanTurnThemOff() {
    ConfigLoader loader = new ConfigLoader(dir, env);
    assertThat(loader.retrievalFromEnvironment().embeddings()).isTrue();

    env.put(ConfigLoader.ENV_RETRIEVAL_EMBEDDINGS, "False");
    assertThat(new ConfigLoader(dir, env).retrievalFromEnvironment().embeddings()).isFalse();

    env.put(ConfigLoader.ENV_RETRIEVAL_EMBEDDINGS, "off");
    assertThatThrownBy(() -> new ConfigLoader(dir, env).retrievalFromEnvironment())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("BRIEFING_RETRIEVAL_EMBEDDINGS must be true or false, was \"off\"");
  }

  @Test
  void reportsBadEnvironmentValues() {
    env.put(ConfigLoader.ENV_SUMMARY_SENTENCES, "many");
    env.put(ConfigLoader.ENV_CONSOLE_ENABLED, "yes");

    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .containsExactly(
                        "BRIEFING_SUMMARY_SENTENCES must be a whole number, was \"many\"",
                        "BRIEFING_CONSOLE_ENABLED must be true or false, was \"yes\""));
  }

  @Test
  void reportsYamlSyntaxErrorsWithTheLine() throws IOException {
    write("summary:\n  sentences: 3\n sentences: [\n");

    assertThatThrownBy(this::load)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("line ");
  }

  @Test
  void rejectsDuplicateKeys() throws IOException {
    write("summary:\n  sentences: 3\nsummary:\n  sentences: 4\n");

    assertThatThrownBy(this::load).hasMessageContaining("Duplicate field 'summary'");
  }

  @Test
  void acceptsAnEmptyFile() throws IOException {
    write("# nothing set\n");

    assertThat(load()).isEqualTo(BriefingConfig.defaults(dir));
  }

  @Test
  void failsWhenTheGivenFileIsMissing() {
    assertThatThrownBy(() -> new ConfigLoader(dir, env).load(Optional.of(Path.of("nope.yml"))))
        .isExactlyInstanceOf(BriefingException.class)
        .hasMessage("no such configuration file: " + dir.resolve("nope.yml"));
  }

  @Test
  void configRecordsNameTheFieldInTheirMessages() {
    assertThatThrownBy(() -> new BriefingConfig.Summary(0))
        .hasMessage("sentences must be from 1 to 10, was 0");
    assertThatThrownBy(
            () ->
                new BriefingConfig(
                    null,
                    List.of(),
                    new BriefingConfig.Console(true),
                    BriefingConfig.Retrieval.defaults(),
                    BriefingConfig.Digests.defaults(),
                    List.of(),
                    Optional.empty(),
                    false,
                    java.util.OptionalInt.empty(),
                    BriefingConfig.Retention.defaults(),
                    BriefingConfig.embeddedDatabase(dir),
                    BriefingConfig.Platforms.defaults(),
                    Optional.empty()))
        .hasMessage("summary must not be null");
    assertThatThrownBy(
            () ->
                new BriefingConfig(
                    BriefingConfig.Summary.defaults(),
                    List.of(),
                    new BriefingConfig.Console(true),
                    null,
                    BriefingConfig.Digests.defaults(),
                    List.of(),
                    Optional.empty(),
                    false,
                    java.util.OptionalInt.empty(),
                    BriefingConfig.Retention.defaults(),
                    BriefingConfig.embeddedDatabase(dir),
                    BriefingConfig.Platforms.defaults(),
                    Optional.empty()))
        .hasMessage("retrieval must not be null");
  }

  private void write(String yaml) throws IOException {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/briefing.yml"), yaml);
  }

  private BriefingConfig load() {
    return new ConfigLoader(dir, env).load(Optional.empty());
  }
}
