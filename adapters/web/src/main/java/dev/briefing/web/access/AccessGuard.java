package dev.briefing.web.access;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Optional;

/**
 * Who may see the operator pages. With a token: a signed-in session, else the login page. Without
 * one: loopback clients only (their session is made on the first visit), everyone else 403. Every
 * POST, login included, carries its session's CSRF token or is refused 403 with nothing done.
 */
public final class AccessGuard {
  /** The session cookie's name. */
  public static final String COOKIE = "briefing_session";

  /** The form field that carries the CSRF token. */
  public static final String CSRF_FIELD = "csrf";

  /** Where the request's session is kept for the handlers. */
  public static final String SESSION_ATTRIBUTE = "briefing.session";

  private final Optional<AdminToken> token;
  private final Sessions sessions;

  public AccessGuard(Optional<AdminToken> token, Sessions sessions) {
    this.token = token;
    this.sessions = sessions;
  }

  /** The before-handler of every page: lets the request through, or answers it and stops it. */
  public void check(Context ctx) {
    // Without a token, both the client and the name it asked for must be this machine: a page
    // elsewhere that rebinds its own host name to 127.0.0.1 comes from loopback too, but asks for
    // its own name, so it is refused rather than handed a signed-in session (DNS rebinding).
    if (token.isEmpty()
        && !(Loopback.isLoopback(ctx.req().getRemoteAddr())
            && Loopback.isLoopbackHost(ctx.header("Host")))) {
      refuse(ctx, "The pages answer only on this machine: set BRIEFING_ADMIN_TOKEN to open them.");
      return;
    }
    boolean login = ctx.path().equals("/login");
    Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isEmpty() || !(session.get().signedIn() || login)) {
      if (ctx.method() != HandlerType.GET) {
        refuse(ctx, "No session: open the page again.");
        return;
      }
      if (token.isPresent() && !login) {
        ctx.redirect("/login");
        ctx.skipRemainingHandlers();
        return;
      }
      session = Optional.of(start(ctx, token.isEmpty()));
    }
    if (ctx.method() == HandlerType.POST
        && !Sessions.csrfMatches(session.get(), ctx.formParam(CSRF_FIELD))) {
      refuse(ctx, "This form has expired or was not sent by these pages.");
      return;
    }
    ctx.attribute(SESSION_ATTRIBUTE, session.get());
  }

  /** Whether {@code candidate} is the token; false when there is none. */
  public boolean tokenMatches(String candidate) {
    return token.map(t -> t.matches(candidate)).orElse(false);
  }

  /** Whether the pages ask for a token. */
  public boolean needsToken() {
    return token.isPresent();
  }

  /** Replaces the request's session with a new one (a fresh id after login) and sets its cookie. */
  public Session start(Context ctx, boolean signedIn) {
    sessions.remove(ctx.cookie(COOKIE));
    Session session = sessions.create(signedIn);
    boolean https =
        "https".equalsIgnoreCase(ctx.scheme())
            || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    ctx.res()
        .addHeader(
            "Set-Cookie",
            COOKIE
                + "="
                + session.id()
                + "; Path=/; HttpOnly; SameSite=Strict"
                + (https ? "; Secure" : ""));
    ctx.attribute(SESSION_ATTRIBUTE, session);
    return session;
  }

  private static void refuse(Context ctx, String why) {
    ctx.status(403).contentType("text/plain; charset=utf-8").result(why + "\n");
    ctx.skipRemainingHandlers();
  }
}
