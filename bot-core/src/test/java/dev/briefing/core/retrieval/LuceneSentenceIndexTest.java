package dev.briefing.core.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.SharedCore;
import dev.briefing.core.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact index scores, counts and splits terms exactly as the Lucene index did. */
class LuceneSentenceIndexTest {
  private static List<Article> articles() throws IOException {
    List<Article> out = new ArrayList<>();
    for (String name : List.of("nato-russia", "tram-extension", "chipmaker-quarter")) {
      try (var in = LuceneSentenceIndexTest.class.getResourceAsStream("/corpus/" + name + ".txt")) {
        out.add(
            SharedCore.article(
                name + ".txt", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    NewsCorpus corpus = new NewsCorpus(5);
    for (int i = 0; i < 20; i++) {
      out.add(SharedCore.article("g" + i + ".txt", corpus.article(i).text()));
    }
    return out;
  }

  @Test
  void scoresAsLuceneScores() throws IOException {
    Random random = new Random(1);
    for (Article article : articles()) {
      LuceneSentenceIndex compact = new LuceneSentenceIndex(article.sentences());
      LuceneReference lucene = new LuceneReference(article.sentences());
      List<String> vocabulary = new ArrayList<>();
      for (int n = 1; n <= article.sentences().size(); n++) {
        assertThat(compact.sentenceTerms(n)).isEqualTo(lucene.sentenceTerms(n));
        vocabulary.addAll(lucene.sentenceTerms(n));
      }
      vocabulary.add("absentterm");
      for (String term : vocabulary) {
        assertThat(compact.idf(term)).isEqualTo(lucene.idf(term));
        assertThat(compact.search(Map.of(term, 1f))).isEqualTo(lucene.search(Map.of(term, 1f)));
      }
      for (int q = 0; q < 200; q++) {
        Map<String, Float> query = new LinkedHashMap<>();
        int size = 1 + random.nextInt(6);
        for (int i = 0; i < size; i++) {
          query.put(
              vocabulary.get(random.nextInt(vocabulary.size())), random.nextBoolean() ? 1f : 0.6f);
        }
        Map<Integer, Double> expected = lucene.search(query);
        Map<Integer, Double> actual = compact.search(query);
        assertThat(actual).as("%s in %s", query, article.id()).isEqualTo(expected);
      }
      String text = article.sentence(2).text();
      assertThat(compact.terms(text)).containsExactlyElementsOf(lucene.terms(text));
      Set<String> none = compact.terms("the of and");
      assertThat(none).isEmpty();
    }
  }
}
