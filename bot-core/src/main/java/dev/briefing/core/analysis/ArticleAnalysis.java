package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.nlp.TaggedSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the discourse analysis found in one article: tagged sentences, entities and their mentions,
 * and who speaks in which sentence.
 *
 * @param tagged tagged sentences; index = sentence number - 1
 * @param entities the article's entities
 * @param mentions mentions per sentence; index = sentence number - 1
 * @param attributions every sentence in which someone speaks, in article order
 * @param dependent sentences that cannot stand alone (a pronoun subject, a quote continuation)
 * @param speeches speakers with the sentences in which they speak (sentence number → direct
 *     quote?), computed once from {@code attributions}
 */
public record ArticleAnalysis(
    List<TaggedSentence> tagged,
    EntityTable entities,
    List<List<Mention>> mentions,
    List<Attribution> attributions,
    boolean[] dependent,
    Map<Entity, TreeMap<Integer, Boolean>> speeches) {

  /** The analysis with its speeches grouped by speaker. */
  static ArticleAnalysis of(
      List<TaggedSentence> tagged,
      EntityTable entities,
      List<List<Mention>> mentions,
      List<Attribution> attributions,
      boolean[] dependent) {
    return new ArticleAnalysis(
        tagged, entities, mentions, attributions, dependent, bySpeaker(attributions));
  }

  private static Map<Entity, TreeMap<Integer, Boolean>> bySpeaker(List<Attribution> attributions) {
    Map<Entity, TreeMap<Integer, Boolean>> bySpeaker = new LinkedHashMap<>();
    for (Attribution a : attributions) {
      bySpeaker
          .computeIfAbsent(a.speaker(), k -> new TreeMap<>())
          .merge(a.sentence(), a.direct(), Boolean::logicalOr);
    }
    return bySpeaker;
  }

  /** People and organisations, in order of first mention. */
  public List<Entity> namedEntities() {
    List<Entity> named = new ArrayList<>();
    for (Entity e : entities.all()) {
      if (e.isPersonLike() || e.kind() == EntityKind.ORGANIZATION) {
        named.add(e);
      }
    }
    return named;
  }

  /** Whether the sentence (1-based) depends on an earlier one for its meaning. */
  public boolean isDependent(int sentence) {
    return dependent[sentence - 1];
  }
}
