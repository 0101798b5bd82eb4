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
 */
public record IndexedArticle(Article article, ArticleAnalysis analysis, LuceneSentenceIndex index)
    implements AnalyzedArticle {}
