package dev.briefing.web;

import dev.briefing.web.access.AccessGuard;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** {@code /login} (the token form) and {@code /logout}. */
final class LoginRoutes {
  private final AccessGuard guard;
  private final Templates templates;

  LoginRoutes(AccessGuard guard, Templates templates) {
    this.guard = guard;
    this.templates = templates;
  }

  void register(Javalin app) {
    app.get("/login", this::form);
    app.post("/login", this::login);
    app.post("/logout", this::logout);
  }

  private void form(Context ctx) {
    if (!guard.needsToken()) {
      ctx.redirect("/playground");
      return;
    }
    templates.render(ctx, "login", Map.of("failed", false));
  }

  private void login(Context ctx) {
    if (!guard.needsToken()) {
      ctx.redirect("/playground", HttpStatus.SEE_OTHER);
      return;
    }
    if (!guard.tokenMatches(ctx.formParam("token"))) {
      ctx.status(401);
      templates.render(ctx, "login", Map.of("failed", true));
      return;
    }
    guard.start(ctx, true);
    ctx.redirect("/playground", HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    guard.start(ctx, false);
    ctx.redirect(guard.needsToken() ? "/login" : "/playground", HttpStatus.SEE_OTHER);
  }
}
