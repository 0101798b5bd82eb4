package dev.briefing.web.playground;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingEngine;
import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Answer;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.Citation;
import dev.briefing.core.model.QuotedSpeaker;
import dev.briefing.web.OperatorPages;
import dev.briefing.web.Templates;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /playground}: pick a stored article, paste one or give a link; ask a question or press
 * Summary, and see the answer beside the article with each cited sentence highlighted and numbered;
 * "Who is quoted" marks each speaker's sentences.
 */
public final class PlaygroundRoutes {
  /** How many stored articles the picker lists, newest first. */
  static final int LISTED = 200;

  static final int MAX_PASTE = 200_000;

  private final OperatorPages pages;
  private final Templates templates;
  private final PlaygroundArticles tried = new PlaygroundArticles();

  public PlaygroundRoutes(OperatorPages pages, Templates templates) {
    this.pages = pages;
    this.templates = templates;
  }

  public void register(Javalin app) {
    app.get("/playground", this::show);
    app.post("/playground/ask", this::ask);
    app.post("/playground/paste", this::paste);
    app.post("/playground/link", this::link);
  }

  private void show(Context ctx) {
    Map<String, Object> model = model();
    Optional<AnalyzedArticle> article = find(ctx.queryParam("article"));
    boolean quoted = "quoted".equals(ctx.queryParam("view"));
    article.ifPresent(a -> select(model, a, List.of(), quoted));
    if (ctx.queryParam("article") != null && article.isEmpty()) {
      model.put("error", "That article is not stored (any more).");
    }
    templates.render(ctx, "playground", model);
  }

  private void ask(Context ctx) {
    Map<String, Object> model = model();
    Optional<AnalyzedArticle> article = find(ctx.formParam("article"));
    if (article.isEmpty()) {
      model.put("error", "Choose an article first.");
      templates.render(ctx, "playground", model);
      return;
    }
    boolean summary = "summary".equals(ctx.formParam("action"));
    String question = Optional.ofNullable(ctx.formParam("question")).orElse("").strip();
    BriefingEngine engine = pages.engine();
    try {
      if (!summary && question.isEmpty()) {
        throw new BriefingException("Type a question, or press Summary.");
      }
      Answer answer =
          summary
              ? engine.summarize(article.get(), BriefingEngine.DEFAULT_SUMMARY_SENTENCES)
              : engine.ask(List.of(article.get()), question);
      model.put("question", question);
      model.put(
          "answer",
          AnswerView.of(summary ? "Summary" : "Question", summary ? "" : question, answer));
      select(model, article.get(), answer.citations(), false);
    } catch (BriefingException e) {
      model.put("error", e.getMessage());
      select(model, article.get(), List.of(), false);
    }
    templates.render(ctx, "playground", model);
  }

  private void paste(Context ctx) {
    String text = Optional.ofNullable(ctx.formParam("text")).orElse("").strip();
    String title = Optional.ofNullable(ctx.formParam("title")).orElse("").strip();
    if (text.isEmpty() || text.length() > MAX_PASTE) {
      failed(ctx, "Paste the article's text (up to " + MAX_PASTE + " characters).");
      return;
    }
    String content = title.isEmpty() ? text : title + "\n\n" + text;
    tryArticle(ctx, () -> pages.reader().parse("pasted-article.txt", content));
  }

  private void link(Context ctx) {
    if (pages.fetcher().isEmpty()) {
      failed(ctx, "Reading links is not available here.");
      return;
    }
    String address = Optional.ofNullable(ctx.formParam("url")).orElse("").strip();
    URI url;
    try {
      url = URI.create(address);
    } catch (IllegalArgumentException e) {
      failed(ctx, "That is not a web address.");
      return;
    }
    tryArticle(ctx, () -> pages.fetcher().get().fetch(url));
  }

  /** Reads and analyzes an article, keeps it for the playground, and shows it. */
  private void tryArticle(Context ctx, Supplier<Article> read) {
    try {
      AnalyzedArticle analyzed = pages.engine().analyze(read.get());
      tried.add(analyzed);
      String id = URLEncoder.encode(analyzed.article().id(), StandardCharsets.UTF_8);
      ctx.redirect("/playground?article=" + id, HttpStatus.SEE_OTHER);
    } catch (BriefingException e) {
      failed(ctx, e.getMessage());
    }
  }

  private void failed(Context ctx, String message) {
    Map<String, Object> model = model();
    model.put("error", message);
    ctx.status(400);
    templates.render(ctx, "playground", model);
  }

  private Optional<AnalyzedArticle> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return tried.find(id).or(() -> pages.articles().find(id));
  }

  private Map<String, Object> model() {
    Map<String, Object> model = new HashMap<>();
    List<ArticleChoice> choices =
        pages.articles().findAll().stream()
            .limit(LISTED)
            .map(a -> new ArticleChoice(a.article().id(), a.article().title()))
            .toList();
    model.put("choices", choices);
    model.put("links", pages.fetcher().isPresent());
    model.put("question", "");
    return model;
  }

  private static void select(
      Map<String, Object> model, AnalyzedArticle analyzed, List<Citation> cited, boolean quoted) {
    Article article = analyzed.article();
    List<QuotedSpeaker> speakers = quoted ? analyzed.quoted() : List.of();
    model.put("article", ArticleView.of(article, cited, speakers));
    model.put("quoted", quoted);
    model.put("speakers", SpeakerView.of(article, speakers));
  }

  /** An article the picker offers. */
  public record ArticleChoice(String id, String title) {}
}
