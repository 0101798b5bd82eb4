package dev.briefing.core.qa;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.analysis.ArticleAnalysis;
import dev.briefing.core.model.Article;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import java.util.List;

/**
 * An article with its discourse analysis and sentence index.
 *
 * @param article the article
 * @param analysis entities, mentions and speech
 * @param index BM25 index of its sentences
 * @param embeddings one vector per sentence (index = number - 1), or empty without an embedder
 * @param keys its terms and entity words, to pick it out of a large scope
 */
public record IndexedArticle(
    Article article,
    ArticleAnalysis analysis,
    LuceneSentenceIndex index,
    List<float[]> embeddings,
    ArticleKeys keys)
    implements AnalyzedArticle {
  public IndexedArticle {
    embeddings = List.copyOf(embeddings);
  }

  public IndexedArticle(
      Article article,
      ArticleAnalysis analysis,
      LuceneSentenceIndex index,
      List<float[]> embeddings) {
    this(
        article, analysis, index, embeddings, ArticleKeys.of(article.sentences(), index, analysis));
  }
}
