package dev.briefing.core.qa;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.analysis.ArticleAnalysis;
import dev.briefing.core.model.Article;
import dev.briefing.core.retrieval.LuceneSentenceIndex;

/**
 * An article with its discourse analysis and sentence index.
 *
 * @param article the article
 * @param analysis entities, mentions and speech
 * @param index BM25 index of its sentences
 * @param embeddings one vector per sentence (index = number - 1), or empty without an embedder
 */
public record IndexedArticle(
    Article article,
    ArticleAnalysis analysis,
    LuceneSentenceIndex index,
    java.util.List<float[]> embeddings)
    implements AnalyzedArticle {
  public IndexedArticle {
    embeddings = java.util.List.copyOf(embeddings);
  }
}
