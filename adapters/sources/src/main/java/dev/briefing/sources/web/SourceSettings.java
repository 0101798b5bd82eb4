package dev.briefing.sources.web;

import java.time.Duration;

/**
 * How pages and feeds are fetched.
 *
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param requestTimeout how long the whole request may take, headers and body
 * @param maxBytes the largest body read; larger responses are abandoned
 * @param maxRedirects how many redirects are followed before giving up
 * @param userAgent the User-Agent header sent with every request
 */
public record SourceSettings(
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBytes,
    int maxRedirects,
    String userAgent) {
  public static final String DEFAULT_USER_AGENT =
      "BriefingBot/0.1 (+https://github.com/briefing-bot; news briefings)";

  public SourceSettings {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
  }

  /** 5 s to connect, 15 s per request, 5 MB, 5 redirects. */
  public static SourceSettings defaults() {
    return new SourceSettings(
        Duration.ofSeconds(5), Duration.ofSeconds(15), 5L * 1024 * 1024, 5, DEFAULT_USER_AGENT);
  }

  public SourceSettings withTimeouts(Duration connect, Duration request) {
    return new SourceSettings(connect, request, maxBytes, maxRedirects, userAgent);
  }

  public SourceSettings withMaxBytes(long bytes) {
    return new SourceSettings(connectTimeout, requestTimeout, bytes, maxRedirects, userAgent);
  }

  /** "5 MB", "512 KB": the cap as the user reads it. */
  String maxSizeText() {
    if (maxBytes % (1024 * 1024) == 0) {
      return maxBytes / (1024 * 1024) + " MB";
    }
    return maxBytes % 1024 == 0 ? maxBytes / 1024 + " KB" : maxBytes + " bytes";
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
    }
  }
}
