package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import java.util.List;
import java.util.Set;

/** Common-noun speakers ("the transport workers' union", "analysts"), one entity per head noun. */
record Groups(EntityTable table, Discourse discourse) {
  /** A common-noun speaker: "the transport workers' union", "analysts", "officials". */
  Entity group(int number, TaggedSentence s, int head) {
    int k = head;
    while (k - 1 >= 0) {
      Token b = s.get(k - 1);
      if (b.hasTag("NOUN", "ADJ", "PROPN", "NUM") || b.text().equals("'") || b.text().equals("’")) {
        k--;
      } else if (b.hasTag("DET", "PRON")) {
        k--;
        break;
      } else {
        break;
      }
    }
    List<String> words = Words.nameWords(s, k, head + 1);
    if (!words.isEmpty()
        && Set.of("the", "a", "an").contains(words.get(0).toLowerCase(java.util.Locale.ROOT))) {
      words = words.subList(1, words.size());
    }
    if (words.isEmpty()) {
      return null;
    }
    String name = String.join(" ", words).replace(" '", "'").replace(" ’", "’");
    List<String> finalWords = words;
    Entity e =
        table
            .byName(finalWords)
            .or(() -> sameHead(finalWords))
            .orElseGet(() -> table.create(EntityKind.GROUP, name, number));
    discourse.mentioned(e);
    return e;
  }

  /** "federal prosecutors" after "Prosecutors": one group, named by its head noun. */
  private java.util.Optional<Entity> sameHead(List<String> words) {
    String head = dev.briefing.core.entity.Names.normalize(words.get(words.size() - 1));
    for (Entity e : table.all()) {
      if (e.kind() == EntityKind.GROUP && e.sameAs() == null) {
        List<String> own = List.copyOf(e.nameTokens());
        if (!own.isEmpty() && own.get(own.size() - 1).equals(head)) {
          e.rename(String.join(" ", words));
          return java.util.Optional.of(e);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
