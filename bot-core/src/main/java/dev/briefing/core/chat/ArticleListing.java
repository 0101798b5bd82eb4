package dev.briefing.core.chat;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.BriefingException;
import dev.briefing.core.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code /articles [page]}: the chat's articles, newest first, ten a page, each with its number and
 * id, and buttons for text-free use: Summary and Ask per article ({@link ArticleButtons}), ◀ / ▶
 * between pages.
 */
record ArticleListing(ChatScope scope) {
  static final int PAGE_SIZE = 10;

  static final String NO_ARTICLES =
      "I have no articles yet. Add one with /add followed by a link or the article's text.";

  /**
   * Page {@code page} of the chat's articles, with a Summary and an Ask button per article and ◀ /
   * ▶ buttons when there are several pages. A page out of range fails, so a stale ▶ expires.
   */
  Reply page(ChatAddress chat, int page) {
    List<AnalyzedArticle> visible = scope.visible(chat);
    if (visible.isEmpty()) {
      if (page != 1) {
        throw new BriefingException(NO_ARTICLES);
      }
      return Reply.text(NO_ARTICLES);
    }
    int pages = (visible.size() + PAGE_SIZE - 1) / PAGE_SIZE;
    if (page < 1 || page > pages) {
      throw new BriefingException(
          "There "
              + (pages == 1 ? "is 1 page" : "are " + pages + " pages")
              + " of articles; try /articles 1.");
    }
    Optional<String> focused = scope.focus(chat, visible).map(a -> a.article().id());
    StringBuilder text = new StringBuilder("Articles, newest first");
    text.append(pages > 1 ? " (page " + page + " of " + pages + "):" : ":");
    List<List<Button>> buttons = new ArrayList<>();
    for (int i = (page - 1) * PAGE_SIZE; i < Math.min(visible.size(), page * PAGE_SIZE); i++) {
      Article article = visible.get(i).article();
      text.append('\n').append(i + 1).append(". ").append(article.title());
      text.append(" (id ").append(article.id()).append(')');
      if (focused.filter(article.id()::equals).isPresent()) {
        text.append(" ← questions go here (/use all to widen)");
      }
      buttons.add(ArticleButtons.row(i + 1, article.id()));
    }
    if (page < pages) {
      text.append("\nMore: /articles ").append(page + 1);
    }
    buttons.add(paging(page, pages));
    return Reply.text(text.toString()).withButtons(buttons);
  }

  /** ◀ and ▶ to the neighbouring pages that exist; empty on a single page. */
  private static List<Button> paging(int page, int pages) {
    List<Button> row = new ArrayList<>(2);
    if (page > 1) {
      row.add(new Button("◀ Page " + (page - 1), "/articles " + (page - 1)));
    }
    if (page < pages) {
      row.add(new Button("Page " + (page + 1) + " ▶", "/articles " + (page + 1)));
    }
    return row;
  }
}
