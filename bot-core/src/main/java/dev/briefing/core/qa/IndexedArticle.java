package dev.briefing.core.qa;

import dev.briefing.core.AnalyzedArticle;
import dev.briefing.core.analysis.ArticleAnalysis;
import dev.briefing.core.model.Article;
import dev.briefing.core.model.QuotedSpeaker;
import dev.briefing.core.retrieval.LuceneSentenceIndex;
import dev.briefing.core.retrieval.SentenceVectors;
import java.util.ArrayList;
import java.util.List;

/**
 * An article with its discourse analysis and sentence index.
 *
 * @param article the article
 * @param analysis entities, mentions and speech
 * @param index BM25 index of its sentences
 * @param embeddings one vector per sentence (index = number - 1), or none without an embedder
 * @param keys its terms and entity words, to pick it out of a large scope
 */
public record IndexedArticle(
    Article article,
    ArticleAnalysis analysis,
    LuceneSentenceIndex index,
    SentenceVectors embeddings,
    ArticleKeys keys)
    implements AnalyzedArticle {

  public IndexedArticle(
      Article article,
      ArticleAnalysis analysis,
      LuceneSentenceIndex index,
      List<float[]> embeddings) {
    this(
        article,
        analysis,
        index,
        SentenceVectors.of(embeddings),
        ArticleKeys.of(article.sentences(), index, analysis));
  }

  @Override
  public List<QuotedSpeaker> quoted() {
    List<QuotedSpeaker> out = new ArrayList<>();
    analysis
        .speeches()
        .forEach(
            (speaker, sentences) ->
                out.add(
                    new QuotedSpeaker(
                        speaker.name(),
                        speaker.roles().isEmpty() ? "" : speaker.roles().get(0).text(),
                        List.copyOf(sentences.keySet()))));
    return out;
  }
}
