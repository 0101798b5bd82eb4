package dev.briefing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.web.access.AdminToken;
import dev.briefing.web.access.SecurityHeaders;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The access rules over plain HTTP: login, session cookie, CSRF, headers, probes left open. */
class OperatorAccessIT {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static TestConsole console;
  private final HttpClient http = HttpClient.newHttpClient(); // follows no redirects

  @BeforeAll
  static void start() {
    console = new TestConsole(Optional.of(new AdminToken(TestConsole.TOKEN)));
  }

  @AfterAll
  static void stop() {
    console.close();
  }

  @Test
  void leavesHealthReadinessAndMetricsOpenAndAsTheyWere() throws Exception {
    HttpResponse<String> health = get("/healthz", "");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo("ok\n");
    assertThat(get("/readyz", "").body()).isEqualTo("ready\n");
    HttpResponse<String> metrics = get("/metrics", "");
    assertThat(metrics.body()).isEqualTo("briefing_up 1.0\n");
    assertThat(metrics.headers().firstValue("Content-Type"))
        .contains("text/plain; version=0.0.4; charset=utf-8");
    assertThat(get("/healthz/extra", "").statusCode()).isEqualTo(404);
  }

  @Test
  void sendsAnyoneWithoutASessionToTheLoginPage() throws Exception {
    for (String page : new String[] {"/", "/playground", "/status", "/status/metrics.json"}) {
      HttpResponse<String> response = get(page, "");
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).as(page).contains("/login");
    }
  }

  @Test
  void refusesAWrongTokenAndSignsInWithTheRightOne() throws Exception {
    Login wrong = login("not-the-token-at-all-sorry", false);
    assertThat(wrong.response.statusCode()).isEqualTo(401);
    assertThat(wrong.response.body()).contains("That token is not right.");
    assertThat(get("/playground", wrong.cookie).statusCode()).isEqualTo(302);

    Login right = login(TestConsole.TOKEN, false);
    assertThat(right.response.statusCode()).isEqualTo(303);
    String setCookie = right.response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .contains("HttpOnly", "SameSite=Strict", "Path=/")
        .doesNotContain("Secure");
    assertThat(right.cookie).isNotEqualTo(wrong.cookie);
    HttpResponse<String> page = get("/playground", right.cookie);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Harbor town votes to rebuild the old pier");
    HttpResponse<String> samples = get("/status/metrics.json", right.cookie);
    assertThat(samples.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(samples.body()).isEqualTo("[]");
  }

  @Test
  void marksTheCookieSecureBehindAnHttpsProxy() throws Exception {
    Login login = login(TestConsole.TOKEN, true);
    assertThat(login.response.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
  }

  @Test
  void putsAStrictPolicyOnEveryPage() throws Exception {
    String cookie = login(TestConsole.TOKEN, false).cookie;
    for (String page : new String[] {"/login", "/playground", "/status"}) {
      HttpResponse<String> response = get(page, cookie);
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(page)
          .contains(SecurityHeaders.CSP);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      assertThat(response.body()).doesNotContain("<script>").doesNotContain("style=");
    }
  }

  @Test
  void refusesAFormPostedWithoutItsCsrfTokenAndDoesNothing() throws Exception {
    String cookie = login(TestConsole.TOKEN, false).cookie;
    String text = "Forged paste about Zorblat Quennick, who said nothing at all.";

    HttpResponse<String> missing = post("/playground/paste", cookie, Map.of("text", text));
    HttpResponse<String> forged =
        post("/playground/paste", cookie, Map.of("text", text, "csrf", "forged-token"));
    HttpResponse<String> noSession =
        post("/playground/ask", "", Map.of("article", console.articleId, "question", "Who?"));

    assertThat(missing.statusCode()).isEqualTo(403);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(noSession.statusCode()).isEqualTo(403);
    assertThat(missing.headers().firstValue("Location")).isEmpty();
    assertThat(console.articles.findAll()).hasSize(1);

    // The same post with the session's token goes through.
    String csrf = csrf(get("/playground", cookie).body());
    HttpResponse<String> genuine =
        post("/playground/paste", cookie, Map.of("text", text, "csrf", csrf));
    assertThat(genuine.statusCode()).isEqualTo(303);
    assertThat(console.articles.findAll()).as("tried, not stored for the chats").hasSize(1);
  }

  @Test
  void refusesALoginPostedWithoutTheLoginFormsToken() throws Exception {
    HttpResponse<String> response =
        post("/login", "", Map.of("token", TestConsole.TOKEN, "csrf", "guessed"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  private record Login(HttpResponse<String> response, String cookie) {}

  private Login login(String token, boolean viaHttpsProxy) throws Exception {
    HttpResponse<String> form = get("/login", "");
    String cookie = cookie(form);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(console.url("/login")))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    form(Map.of("token", token, "csrf", csrf(form.body())))));
    if (viaHttpsProxy) {
      request.header("X-Forwarded-Proto", "https");
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String next =
        response.headers().firstValue("Set-Cookie").isPresent() ? cookie(response) : cookie;
    return new Login(response, next);
  }

  private HttpResponse<String> get(String path, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(console.url(path)));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String cookie, Map<String, String> fields)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(console.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    if (!cookie.isEmpty()) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<String> response) {
    return response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a csrf field").isTrue();
    return m.group(1);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
