package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.entity.Gender;
import dev.briefing.core.entity.Names;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.List;
import java.util.Set;

/**
 * Resolves what refers back: he and she to a person in focus, "the company" to the article's
 * company, "the analyst" to the person with that role.
 */
final class Descriptions {
  private static final Set<String> CORPORATE =
      Set.of(
          "company",
          "firm",
          "maker",
          "manufacturer",
          "retailer",
          "lender",
          "carrier",
          "airline",
          "chipmaker",
          "automaker",
          "producer",
          "supplier",
          "startup",
          "start-up",
          "insurer",
          "operator",
          "group",
          "giant",
          "conglomerate",
          "business",
          "bank",
          "developer");

  private final EntityTable table;
  private final Discourse discourse;

  Descriptions(EntityTable table, Discourse discourse) {
    this.table = table;
    this.discourse = discourse;
  }

  void pronouns(int number, TaggedSentence s, boolean[] inQuote, List<Mention> mentions) {
    for (int i = 0; i < s.size(); i++) {
      if (inQuote[i]) {
        continue;
      }
      Token t = s.get(i);
      String lower = t.lower();
      int at = i;
      Entity e = null;
      if (Lexicon.PERSON_PRONOUNS.contains(lower) && t.tag().startsWith("PRON")) {
        Gender g = Lexicon.FEMALE_CUES.contains(lower) ? Gender.FEMALE : Gender.MALE;
        List<Mention> earlier = mentions.stream().filter(m -> m.end() <= at).toList();
        e = discourse.person(g, earlier);
        if (e != null) {
          e.learnGender(g);
          e.promote(EntityKind.PERSON);
        }
      } else if (lower.equals("the") && i + 1 < s.size()) {
        Mention described = described(number, s, i);
        if (described != null) {
          mentions.add(described);
          continue;
        }
      }
      if (e != null) {
        mentions.add(new Mention(number, i, i + 1, e, true));
      }
    }
  }

  /**
   * "the company", "the packaged-food maker", "the analyst": someone already introduced.
   *
   * @return the mention from "the" to the head noun, or null
   */
  private Mention described(int number, TaggedSentence s, int det) {
    int k = det + 1;
    int head = -1;
    while (k < s.size() && k - det <= 4) {
      Token t = s.get(k);
      if (t.isCapitalized()) {
        return null;
      }
      if (t.tag().startsWith("NOUN")) {
        head = k;
      } else if (!t.tag().startsWith("ADJ") && !t.text().equals("-")) {
        break;
      }
      k++;
    }
    if (head < 0 || head != k - 1) {
      return null;
    }
    Token noun = s.get(head);
    String n = Names.normalize(noun.text());
    Entity best = null;
    for (Entity e : table.all()) {
      if (e.kind() == EntityKind.PERSON && e.roleTokens().contains(n)) {
        best = e;
      }
    }
    if (best == null && Lexicon.ORG_NOUNS.contains(noun.lemma())) {
      best = organizationCalled(n);
    }
    if (best == null) {
      return null;
    }
    best.aliasRole(n);
    return new Mention(number, det, head + 1, best, true);
  }

  /** The union for "the union"; for "the company", the article's main company. */
  private Entity organizationCalled(String noun) {
    Entity named = null;
    Entity company = null;
    for (Entity e : table.all()) {
      boolean body = e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.GROUP;
      if (body && (e.nameTokens().contains(noun) || e.roleTokens().contains(noun))) {
        named = e;
      }
      if (company == null
          && CORPORATE.contains(noun)
          && e.kind() == EntityKind.ORGANIZATION
          && !Lexicon.isAcronym(e.name().replace(".", ""))) {
        company = e;
      }
    }
    return named != null ? named : company;
  }
}
