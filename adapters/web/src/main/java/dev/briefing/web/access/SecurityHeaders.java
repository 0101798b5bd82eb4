package dev.briefing.web.access;

import io.javalin.http.Context;

/**
 * The headers every page carries: a strict Content-Security-Policy (scripts, styles and fetches
 * from this origin only, no inline code, no framing), no MIME sniffing and no referrer.
 */
public final class SecurityHeaders {
  /** The policy: nothing by default, this origin's scripts, styles and images only. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private SecurityHeaders() {}

  /** Sets the headers on the response. */
  public static void apply(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
  }
}
