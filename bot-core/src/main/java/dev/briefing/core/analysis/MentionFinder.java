package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.entity.Names;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Finds the people, organisations and groups a sentence names, with their roles. */
final class MentionFinder {

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "across", "throughout", "outside", "inside");

  private final EntityTable table;
  private final Discourse discourse;
  private final RoleFinder roles;
  private final Descriptions descriptions;

  MentionFinder(EntityTable table, Discourse discourse) {
    this.table = table;
    this.discourse = discourse;
    this.roles = new RoleFinder(discourse);
    this.descriptions = new Descriptions(table, discourse);
  }

  List<Mention> find(int number, TaggedSentence s, boolean[] inQuote) {
    List<Mention> mentions = new ArrayList<>();
    int dateline = datelineEnd(s);
    for (NameChunker.Run run : NameChunker.runs(s)) {
      if (run.start() < dateline) {
        continue;
      }
      Entity e = resolve(number, s, run);
      if (e == null) {
        continue;
      }
      if (run.hasName() && e.kind() != EntityKind.ORGANIZATION) {
        roles.roleBefore(number, s, run.start(), e);
        roles.appositiveBefore(number, s, run.start(), e);
      }
      roles.appositiveAfter(number, s, run.end(), affiliated(s, run, mentions).orElse(e));
      int start = run.organization() || !run.hasName() ? run.start() : run.nameStart();
      mentions.add(new Mention(number, start, run.end(), e, !run.hasName()));
      discourse.mentioned(e);
    }
    descriptions.pronouns(number, s, inQuote, mentions);
    mentions.sort(Comparator.comparingInt(Mention::start));
    return mentions;
  }

  /** "Neil Ross of Newcastle University, a co-author,": the role belongs to the person. */
  private static java.util.Optional<Entity> affiliated(
      TaggedSentence s, NameChunker.Run run, List<Mention> before) {
    if (!run.organization() || run.start() < 2) {
      return java.util.Optional.empty();
    }
    String preposition = s.get(run.start() - 1).lower();
    int end = preposition.equals("the") ? run.start() - 1 : run.start();
    if (end < 2 || !Set.of("of", "at", "from").contains(s.get(end - 1).lower())) {
      return java.util.Optional.empty();
    }
    return before.stream()
        .filter(m -> m.end() == end - 1 && Discourse.personLike(m.entity()))
        .map(Mention::entity)
        .findFirst();
  }

  private Entity resolve(int number, TaggedSentence s, NameChunker.Run run) {
    if (run.organization()) {
      List<String> all = Words.nameWords(s, run.start(), run.end());
      List<String> words =
          !all.isEmpty() && all.get(0).equalsIgnoreCase("the") ? all.subList(1, all.size()) : all;
      Entity e =
          table
              .byName(words)
              .or(() -> table.byPartialName(words))
              .orElseGet(
                  () -> table.create(EntityKind.ORGANIZATION, String.join(" ", words), number));
      e.promote(EntityKind.ORGANIZATION);
      if (run.acronym() != null) {
        e.alias(run.acronym());
      }
      return e;
    }
    if (!run.hasName()) {
      return roleHolder(Words.nameWords(s, run.start(), run.end()));
    }
    List<String> name = Words.nameWords(s, run.nameStart(), run.end());
    Entity e =
        table
            .byName(name)
            .or(() -> table.byPartialName(name))
            .orElseGet(() -> table.create(kindOf(s, run), String.join(" ", name), number));
    if (run.hasRole()) {
      String role = Words.text(s, run.start(), run.nameStart());
      RoleFinder.learnGender(e, role);
      String withoutHonorifics = stripHonorifics(role);
      if (!withoutHonorifics.isEmpty() && !Names.normalize(withoutHonorifics).isEmpty()) {
        e.addRole(withoutHonorifics, number, Set.of());
      }
      e.promote(EntityKind.PERSON);
    }
    if (!run.hasRole() && (determined(s, run.start()) || modifiesNoun(s, run.end()))) {
      e.markDefinite(); // "the United States", "her first Grand Slam final": not a person
    }
    if (name.size() > 1 && e.name().split("\\s+").length < name.size()) {
      e.rename(String.join(" ", name));
    }
    return e;
  }

  private static EntityKind kindOf(TaggedSentence s, NameChunker.Run run) {
    if (run.hasRole()) {
      return EntityKind.PERSON;
    }
    if (run.end() - run.nameStart() == 1 && Lexicon.isAcronym(s.get(run.nameStart()).text())) {
      return EntityKind.ORGANIZATION;
    }
    return EntityKind.NAME;
  }

  /** "PARIS (AP) —", "LONDON, March 3 (Reuters) -": a wire dateline, not an entity. */
  static int datelineEnd(TaggedSentence s) {
    if (s.size() < 3 || !s.get(0).text().matches("\\p{Lu}[\\p{Lu}. ]{2,}")) {
      return 0;
    }
    for (int i = 1; i < Math.min(s.size(), 9); i++) {
      String t = s.get(i).text();
      if (t.equals("—") || t.equals("–") || t.equals("-") || t.equals("--")) {
        return i + 1;
      }
    }
    return 0;
  }

  private static boolean determined(TaggedSentence s, int start) {
    if (start == 0) {
      return false;
    }
    Token before = s.get(start - 1);
    return before.lower().equals("the")
        || PLACE_PREPOSITIONS.contains(before.lower())
        || (before.tag().startsWith("NOUN") && !before.isCapitalized() && !Words.isRoleNoun(before))
        || before.tag().startsWith("ADJ")
        || (before.tag().startsWith("PRON") && !Words.isQuote(before));
  }

  /** A name used as a modifier: "the Ukraine crisis", "Grand Slam final". */
  private static boolean modifiesNoun(TaggedSentence s, int end) {
    return end < s.size()
        && s.get(end).tag().startsWith("NOUN")
        && !s.get(end).isCapitalized()
        && !Words.isRoleNoun(s.get(end));
  }

  /** "the Secretary General", "Mayor": the person who holds that role, if known. */
  private Entity roleHolder(List<String> roleWords) {
    List<String> wanted =
        roleWords.stream().map(Names::normalize).filter(w -> !Names.isStopWord(w)).toList();
    if (wanted.isEmpty()) {
      return null;
    }
    Entity best = null;
    for (Entity e : table.all()) {
      if (e.kind() == EntityKind.PERSON && e.roleTokens().containsAll(wanted)) {
        best = e;
      }
    }
    return best;
  }

  private static String stripHonorifics(String role) {
    StringBuilder b = new StringBuilder();
    for (String w : role.split("\\s+")) {
      if (!Lexicon.HONORIFICS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
        b.append(b.length() == 0 ? "" : " ").append(w);
      }
    }
    return b.toString();
  }
}
