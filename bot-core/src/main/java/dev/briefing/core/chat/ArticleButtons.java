package dev.briefing.core.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * The buttons under an article a reply lists ({@code /articles}, digests): "3 · Summary" runs
 * {@code /summary <id>} and "3 · Ask about this" runs {@code /use <id>}. Both name the article by
 * id, so a press still means the same article after the list changed, and fails as expired once the
 * chat no longer sees it. A button whose action would not fit is left out.
 */
public final class ArticleButtons {
  private ArticleButtons() {}

  /** The row for the article listed as number {@code number}; empty when no action fits. */
  public static List<Button> row(int number, String articleId) {
    List<Button> row = new ArrayList<>(2);
    add(row, number + " · Summary", "/summary " + articleId);
    add(row, number + " · Ask about this", "/use " + articleId);
    return row;
  }

  private static void add(List<Button> row, String label, String action) {
    if (Button.fits(action)) {
      row.add(new Button(label, action));
    }
  }
}
