package dev.briefing.web;

import dev.briefing.web.access.AccessGuard;
import dev.briefing.web.access.Session;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The pages' Thymeleaf templates, from {@code templates/} on the class path. Every template escapes
 * what it shows ({@code th:text}); none writes unescaped text.
 */
public final class Templates {
  private final TemplateEngine engine = new TemplateEngine();

  public Templates() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  /**
   * Renders {@code template} with {@code model} into the response, adding the session's CSRF token
   * ({@code csrf}) for its forms.
   */
  public void render(Context ctx, String template, Map<String, ?> model) {
    Map<String, Object> variables = new HashMap<>(model);
    Session session = ctx.attribute(AccessGuard.SESSION_ATTRIBUTE);
    variables.put("csrf", session == null ? "" : session.csrf());
    org.thymeleaf.context.Context context = new org.thymeleaf.context.Context();
    context.setVariables(variables);
    ctx.contentType("text/html; charset=utf-8").result(engine.process(template, context));
  }
}
