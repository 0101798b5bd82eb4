package dev.briefing.app.config;

import dev.briefing.core.BriefingEngine;
import dev.briefing.core.chat.BriefingCommands;
import dev.briefing.core.digest.DigestOptions;
import dev.briefing.core.store.IanaZone;
import dev.briefing.storage.DatabaseSettings;
import dev.briefing.web.access.AdminToken;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The runtime configuration ({@code config/briefing.yml}), validated. Secrets never live here: they
 * come from environment variables.
 *
 * @param summary chat summaries
 * @param articles article files loaded when the bot starts; empty means the bundled sample
 * @param console the console chat
 * @param retrieval how questions find their sentences
 * @param digests scheduled digests
 * @param feeds RSS or Atom feeds whose items every chat sees
 * @param folder a folder whose article files are loaded for everyone and re-scanned
 * @param allowPrivateNetworks whether links and feeds on loopback or private addresses may be
 *     fetched; off, so a chat user cannot make the bot read the network it runs in
 * @param adminPort the port of the operator's health endpoints ({@code /healthz}, {@code /readyz}),
 *     when set
 * @param retention how long articles are kept
 * @param database where articles, subscriptions and the scheduler live; from the environment only,
 *     since the URL and password are secrets
 * @param platforms which chat platforms run
 * @param adminToken the operator pages' token ({@code BRIEFING_ADMIN_TOKEN}); without it the pages
 *     answer only on loopback
 */
public record BriefingConfig(
    Summary summary,
    List<Path> articles,
    Console console,
    Retrieval retrieval,
    Digests digests,
    List<URI> feeds,
    Optional<Path> folder,
    boolean allowPrivateNetworks,
    OptionalInt adminPort,
    Retention retention,
    DatabaseSettings database,
    Platforms platforms,
    Optional<AdminToken> adminToken) {
  public BriefingConfig {
    adminToken = adminToken == null ? Optional.empty() : adminToken;
    required(summary, "summary");
    required(console, "console");
    required(retrieval, "retrieval");
    required(digests, "digests");
    feeds = List.copyOf(feeds);
    folder = folder == null ? Optional.empty() : folder;
    adminPort = adminPort == null ? OptionalInt.empty() : adminPort;
    required(retention, "retention");
    required(database, "database");
    required(platforms, "platforms");
    articles = List.copyOf(articles);
  }

  /** Rejects a missing value, naming it. */
  private static void required(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /** The defaults when run in {@code workDir}: the database is an H2 file under its data/. */
  static BriefingConfig defaults(Path workDir) {
    return new BriefingConfig(
        Summary.defaults(),
        List.of(),
        new Console(true),
        Retrieval.defaults(),
        Digests.defaults(),
        List.of(),
        Optional.empty(),
        false,
        OptionalInt.empty(),
        Retention.defaults(),
        embeddedDatabase(workDir),
        Platforms.defaults(),
        Optional.empty());
  }

  /**
   * @param sentences the length of {@code /summary} without a number
   */
  public record Summary(int sentences) {
    public Summary {
      if (sentences < 1 || sentences > BriefingCommands.MAX_SUMMARY_SENTENCES) {
        throw new IllegalArgumentException(
            "sentences must be from 1 to "
                + BriefingCommands.MAX_SUMMARY_SENTENCES
                + ", was "
                + sentences);
      }
    }

    static Summary defaults() {
      return new Summary(BriefingEngine.DEFAULT_SUMMARY_SENTENCES);
    }
  }

  /**
   * @param enabled whether the console chat runs when no chat platform is enabled
   */
  public record Console(boolean enabled) {}

  /**
   * @param embeddings whether a local sentence-embedding model adds semantic similarity to BM25, so
   *     a question worded differently from the article still finds its sentence; on by default
   *     because it answers more of the evaluation questions (docs/embeddings.md)
   */
  public record Retrieval(boolean embeddings) {
    static Retrieval defaults() {
      return new Retrieval(true);
    }
  }

  /**
   * @param defaultZone the zone of a chat that has not set its own with /timezone
   * @param options the misfire grace and whether an empty digest is sent as a one-line note
   */
  public record Digests(ZoneId defaultZone, DigestOptions options) {
    public Digests {
      IanaZone.require(defaultZone, "defaultZone");
      required(options, "options");
    }

    static Digests defaults() {
      return new Digests(ZoneId.of("UTC"), DigestOptions.defaults());
    }
  }

  /**
   * @param maxAgeDays articles added longer ago are removed; 0 keeps them forever
   * @param maxCount only the newest this many are kept; 0 for no limit
   */
  public record Retention(int maxAgeDays, int maxCount) {
    public Retention {
      if (maxAgeDays < 0 || maxCount < 0) {
        throw new IllegalArgumentException(
            "maxAgeDays and maxCount must be 0 or more, were " + maxAgeDays + ", " + maxCount);
      }
    }

    static Retention defaults() {
      return new Retention(0, 0);
    }

    /** Whether nothing is ever removed. */
    public boolean keepsEverything() {
      return maxAgeDays == 0 && maxCount == 0;
    }
  }

  /**
   * Whether Telegram and Slack run: {@code auto} when their bot token is set, {@code true} always
   * (a missing token is a configuration problem), {@code false} never.
   */
  public record Platforms(Switch telegram, Switch slack) {
    /** A platform's {@code enabled} value. */
    public enum Switch {
      AUTO,
      ON,
      OFF
    }

    public Platforms {
      if (telegram == null || slack == null) {
        throw new IllegalArgumentException("telegram and slack must not be null");
      }
    }

    static Platforms defaults() {
      return new Platforms(Switch.AUTO, Switch.AUTO);
    }

    /** Whether a platform with this switch runs, given whether its token is set. */
    static boolean runs(Switch enabled, boolean hasToken) {
      return enabled == Switch.ON || (enabled == Switch.AUTO && hasToken);
    }
  }

  /** The embedded default database: an H2 file under {@code data/} in {@code workDir}. */
  static DatabaseSettings embeddedDatabase(Path workDir) {
    String url = "jdbc:h2:file:" + workDir.resolve("data").resolve("briefing").toAbsolutePath();
    return new DatabaseSettings(url, "sa", "");
  }
}
