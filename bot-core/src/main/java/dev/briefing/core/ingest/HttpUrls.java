package dev.briefing.core.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one check of what counts as a web address everywhere in the bot (feeds, {@code /add} links,
 * configured sources, platform API URLs): an absolute {@code http} or {@code https} URI, scheme in
 * any case, with a host. Whether the host may be fetched (private addresses) is the fetcher's
 * address policy, not this.
 */
public final class HttpUrls {
  private HttpUrls() {}

  /** True for an {@code http} or {@code https} URI with a host. */
  public static boolean isHttp(URI uri) {
    return uri != null && isHttpScheme(uri.getScheme()) && uri.getHost() != null;
  }

  /** True when the scheme is {@code http} or {@code https}, in any case. */
  public static boolean isHttpScheme(String scheme) {
    String lower = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
    return lower.equals("http") || lower.equals("https");
  }

  /**
   * An optional URL setting, such as a platform's API URL from an environment variable: {@code
   * fallback} when unset; else the value as a URI if {@code problem} finds none, or else {@code
   * fallback} with the problem added to {@code problems}, naming the variable.
   *
   * @param problem what is wrong with a parsed URL, null when nothing is
   */
  public static URI setting(
      String variable,
      String value,
      URI fallback,
      Function<URI, String> problem,
      List<String> problems) {
    if (value == null) {
      return fallback;
    }
    try {
      URI url = URI.create(value);
      String wrong = problem.apply(url);
      if (wrong == null) {
        return url;
      }
      problems.add(variable + ": " + wrong);
    } catch (IllegalArgumentException e) {
      problems.add(variable + " is not a URL: " + value);
    }
    return fallback;
  }

  /** The text as an http(s) URI with a host (stripped), or empty when it is not one. */
  public static Optional<URI> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.strip());
      return isHttp(uri) ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
