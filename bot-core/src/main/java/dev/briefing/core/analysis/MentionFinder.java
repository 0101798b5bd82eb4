package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.entity.Gender;
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
  private static final Set<String> RELATIVE =
      Set.of("who", "which", "whose", "where", "when", "that");

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

  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "across", "throughout", "outside", "inside");

  private final EntityTable table;
  private final Discourse discourse;

  MentionFinder(EntityTable table, Discourse discourse) {
    this.table = table;
    this.discourse = discourse;
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
        roleBefore(number, s, run.start(), e);
        appositiveBefore(number, s, run.start(), e);
      }
      appositiveAfter(number, s, run.end(), affiliated(s, run, mentions).orElse(e));
      int start = run.organization() || !run.hasName() ? run.start() : run.nameStart();
      mentions.add(new Mention(number, start, run.end(), e, !run.hasName()));
      discourse.mentioned(e);
    }
    pronouns(number, s, inQuote, mentions);
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
      List<String> all = words(s, run.start(), run.end());
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
      return roleHolder(words(s, run.start(), run.end()));
    }
    List<String> name = words(s, run.nameStart(), run.end());
    Entity e =
        table
            .byName(name)
            .or(() -> table.byPartialName(name))
            .orElseGet(() -> table.create(kindOf(s, run), String.join(" ", name), number));
    if (run.hasRole()) {
      String role = text(s, run.start(), run.nameStart());
      learnGender(e, role);
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

  /** Lower-case role words right before a name: "opposition councillor Piet Maas". */
  private void roleBefore(int number, TaggedSentence s, int start, Entity e) {
    int k = start - 1;
    while (k >= 0
        && (s.get(k).tag().startsWith("NOUN") || s.get(k).tag().startsWith("ADJ"))
        && !s.get(k).text().contains("'")) {
      k--;
    }
    if (k + 1 < start && Words.isRoleNoun(s.get(start - 1))) {
      e.addRole(text(s, k + 1, start), number, Set.of());
      learnGender(e, text(s, k + 1, start));
      e.promote(EntityKind.PERSON);
    }
  }

  /** "Its chairwoman, Dr. Sofia Lindqvist, said": a role before the name, set off by a comma. */
  private void appositiveBefore(int number, TaggedSentence s, int start, Entity e) {
    if (start < 2 || !s.get(start - 1).text().equals(",")) {
      return;
    }
    int end = start - 1;
    int k = end - 1;
    while (k >= 0 && end - k <= 6 && !isBoundary(s.get(k))) {
      k--;
    }
    int from = k + 1;
    if (from >= end || !Words.isRoleNoun(s.get(end - 1)) || !startsNounPhrase(s.get(from))) {
      return;
    }
    for (int i = from; i < end; i++) {
      if (Words.isVerb(s.get(i))) {
        return;
      }
    }
    e.addRole(text(s, from, end), number, ownerTokens(s.get(from)));
    learnGender(e, text(s, from, end));
    e.promote(EntityKind.PERSON);
  }

  /** "Jonas Berg, a semiconductor analyst at Halden Capital,": a role after the name. */
  private void appositiveAfter(int number, TaggedSentence s, int end, Entity e) {
    if (end + 1 >= s.size() || !s.get(end).text().equals(",")) {
      return;
    }
    if (end + 2 < s.size()
        && s.get(end + 1).text().matches("\\d{1,3}")
        && (s.get(end + 2).text().equals(",") || s.get(end + 2).text().equals("."))) {
      e.promote(EntityKind.PERSON); // "Derek Vance, 46,": an age
      return;
    }
    int from = end + 1;
    Token first = s.get(from);
    if (RELATIVE.contains(first.lower()) || !(startsNounPhrase(first) || Words.isTitle(first))) {
      return;
    }
    int k = from;
    boolean role = false;
    while (k < s.size() && k - from < 16 && !isBoundary(s.get(k)) && !Words.isQuote(s.get(k))) {
      if (k > from && RELATIVE.contains(s.get(k).lower())) {
        break; // "a glaciologist at Durham University who led the study"
      }
      if (s.get(k).tag().startsWith("VERB")) {
        return;
      }
      role |= Words.isRoleNoun(s.get(k));
      k++;
    }
    if (!role || k == from) {
      return;
    }
    int textFrom = Set.of("a", "an", "the").contains(first.lower()) ? from + 1 : from;
    e.addRole(text(s, textFrom, k), number, ownerTokens(first));
    learnGender(e, text(s, from, k));
    if (e.kind() == EntityKind.NAME) {
      e.promote(EntityKind.PERSON);
    }
  }

  private Set<String> ownerTokens(Token first) {
    String lower = first.lower();
    if ((lower.equals("its") || lower.equals("their")) && discourse.organization() != null) {
      Entity owner = discourse.organization();
      java.util.Set<String> tokens = new java.util.HashSet<>(owner.nameTokens());
      tokens.addAll(owner.roleTokens());
      return tokens;
    }
    return Set.of();
  }

  private static boolean startsNounPhrase(Token t) {
    String tag = t.tag();
    return tag.startsWith("DET")
        || tag.startsWith("PRON")
        || tag.startsWith("NOUN")
        || tag.startsWith("ADJ")
        || tag.startsWith("PROPN")
        || tag.startsWith("NUM");
  }

  private static boolean isBoundary(Token t) {
    String x = t.text();
    return x.equals(",")
        || x.equals(".")
        || x.equals(";")
        || x.equals(":")
        || x.equals("—")
        || x.equalsIgnoreCase("and");
  }

  private void pronouns(int number, TaggedSentence s, boolean[] inQuote, List<Mention> mentions) {
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

  private static void learnGender(Entity e, String roleText) {
    for (String w : roleText.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")) {
      if (Lexicon.FEMALE_CUES.contains(w)) {
        e.learnGender(Gender.FEMALE);
      } else if (Lexicon.MALE_CUES.contains(w) && !w.equals("his") && !w.equals("he")) {
        e.learnGender(Gender.MALE);
      }
    }
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

  static List<String> words(TaggedSentence s, int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String w = s.get(i).text().replaceAll("['’]s$", "");
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  static String text(TaggedSentence s, int from, int to) {
    return s.text().substring(s.get(from).start(), s.get(to - 1).end());
  }
}
