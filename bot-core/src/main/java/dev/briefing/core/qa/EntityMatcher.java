package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the entity a question names, any way the article names it: full name, surname, role,
 * acronym, or role words with the organisation ("the union chairwoman").
 */
public final class EntityMatcher {
  private static final Set<String> IGNORED =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "prof",
          "the",
          "a",
          "an",
          "of",
          "at",
          "for",
          "to",
          "in",
          "and",
          "exactly",
          "actually",
          "really");

  private EntityMatcher() {}

  /** Words of a target phrase that identify it. */
  public static List<String> words(String target) {
    List<String> words = new ArrayList<>();
    for (String w : target.split("[\\s,]+")) {
      String n = Names.normalize(w);
      if (!n.isEmpty() && !IGNORED.contains(n)) {
        words.addAll(Names.expandRole(n));
      }
    }
    return words;
  }

  /** How well an entity fits the target words; 0 when it does not. */
  static double score(Entity e, List<String> words) {
    if (words.isEmpty()) {
      return 0;
    }
    int inName = 0;
    int inRole = 0;
    for (String w : words) {
      if (e.nameTokens().contains(w)) {
        inName++;
      } else if (e.roleTokens().contains(w)) {
        inRole++;
      } else {
        return 0;
      }
    }
    String head = words.get(words.size() - 1);
    double score = 1 + 2.0 * inName + 0.5 * inRole;
    if (e.nameTokens().contains(head)) {
      score += 2;
    }
    if (inName == 0 && e.kind() == EntityKind.NAME) {
      return 0;
    }
    if (inName == words.size() && e.nameTokens().size() == inName) {
      score += 1; // the whole name and nothing else
    }
    if (e.kind() == EntityKind.PERSON) {
      score += 0.25;
    }
    return score;
  }

  /** The best-fitting entities (ties kept, so two people with one role both answer). */
  public static List<Entity> best(List<Entity> candidates, String target) {
    List<String> words = words(target);
    double top = 0;
    List<Entity> best = new ArrayList<>();
    for (Entity e : candidates) {
      if (e.sameAs() != null) {
        continue;
      }
      double s = score(e, words);
      if (s > top + 1e-9) {
        top = s;
        best.clear();
        best.add(e);
      } else if (s > 0 && Math.abs(s - top) < 1e-9) {
        best.add(e);
      }
    }
    return best;
  }
}
