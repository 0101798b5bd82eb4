package dev.briefing.web;

import dev.briefing.web.access.AccessGuard;
import dev.briefing.web.access.SecurityHeaders;
import dev.briefing.web.access.Sessions;
import dev.briefing.web.playground.PlaygroundRoutes;
import dev.briefing.web.status.StatusRoutes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's HTTP port on Javalin: {@code /healthz}, {@code /readyz} and {@code /metrics} for
 * orchestrators and scrapers, open to all; with {@link OperatorPages}, the pages ({@code /login},
 * {@code /playground}, {@code /status}) behind {@link AccessGuard}. Anything else is 404.
 */
public final class OperatorServer implements AutoCloseable {
  private static final Set<String> PROBES = Set.of("/healthz", "/readyz", "/metrics");
  private static final String PLAIN = "text/plain; charset=utf-8";

  private static final Logger LOG = LoggerFactory.getLogger(OperatorServer.class);

  private final Javalin app;

  private OperatorServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts serving on {@code port} (0 for any free one), on every interface.
   *
   * @param pages the operator pages; empty, only the probes
   */
  public static OperatorServer start(int port, Probes probes, Optional<OperatorPages> pages) {
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.router.ignoreTrailingSlashes = false;
              config.http.prefer405over404 = false;
              if (pages.isPresent()) {
                config.staticFiles.add(
                    files -> {
                      files.hostedPath = "/static";
                      files.directory = "/static";
                      files.location = Location.CLASSPATH;
                    });
                config.staticFiles.enableWebjars();
              }
            });
    probes(app, probes);
    app.error(404, ctx -> notFound(ctx));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("operator page {} {} failed", ctx.method(), ctx.path(), e);
          plain(ctx, 500, "Something went wrong; the log says what.");
        });
    pages.ifPresent(p -> pages(app, p));
    try {
      app.start(port);
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalStateException("cannot open the admin port " + port, e);
    }
    return new OperatorServer(app);
  }

  private static void probes(Javalin app, Probes probes) {
    app.get("/healthz", ctx -> plain(ctx, 200, "ok"));
    app.get(
        "/readyz",
        ctx -> {
          Optional<String> reason = probes.unready().get();
          plain(ctx, reason.isPresent() ? 503 : 200, reason.orElse("ready"));
        });
    app.get(
        "/metrics",
        ctx ->
            ctx.status(200)
                .contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(probes.metrics().get()));
  }

  private static void pages(Javalin app, OperatorPages pages) {
    AccessGuard guard = new AccessGuard(pages.token(), new Sessions(pages.clock()));
    Templates templates = new Templates();
    app.before(
        ctx -> {
          if (isProbe(ctx.path())) {
            return;
          }
          SecurityHeaders.apply(ctx);
          if (!isAsset(ctx.path())) {
            guard.check(ctx);
          }
        });
    new LoginRoutes(guard, templates).register(app);
    new PlaygroundRoutes(pages, templates).register(app);
    new StatusRoutes(pages.status(), pages.history(), templates).register(app);
    app.get("/", ctx -> ctx.redirect("/playground"));
  }

  /** The probes and anything under them (a 404), answered as without the pages. */
  private static boolean isProbe(String path) {
    return PROBES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
  }

  /** Bundled CSS, scripts and the chart library: the same for everyone, so open to all. */
  private static boolean isAsset(String path) {
    return path.startsWith("/static/") || path.startsWith("/webjars/");
  }

  private static void notFound(Context ctx) {
    ctx.contentType(PLAIN).result("not found\n");
  }

  private static void plain(Context ctx, int status, String body) {
    ctx.status(status).contentType(PLAIN).result(body + "\n");
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
