package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds speech in a sentence: a speech verb (by lemma) outside quotation marks with its subject, in
 * either order ("Maas said", "said Jonas Berg"), and "according to X".
 */
final class SpeechFinder {
  private static final Set<String> SKIPPABLE =
      Set.of(
          "also",
          "then",
          "later",
          "again",
          "previously",
          "once",
          "repeatedly",
          "further",
          "recently",
          "publicly",
          "privately",
          "separately",
          "not",
          "had",
          "has",
          "have",
          "would",
          "will",
          "did",
          "does",
          "do",
          "could",
          "may",
          "might",
          "should",
          "must",
          "often",
          "earlier",
          "reportedly",
          "initially",
          "subsequently",
          "still",
          "already",
          "even");

  /**
   * A speech verb and who speaks.
   *
   * @param sentence the sentence number
   * @param verb the verb's token index
   * @param offset the verb's character offset in the paragraph (after {@link #at})
   * @param speakers who speaks
   * @param viaPronoun whether the speaker was named by a pronoun
   */
  record Event(int sentence, int verb, int offset, List<Entity> speakers, boolean viaPronoun) {
    Event at(int sentenceOffset) {
      return new Event(sentence, verb, sentenceOffset + offset, speakers, viaPronoun);
    }
  }

  private final EntityTable table;
  private final Discourse discourse;

  SpeechFinder(EntityTable table, Discourse discourse) {
    this.table = table;
    this.discourse = discourse;
  }

  List<Event> find(int number, TaggedSentence s, boolean[] inQuote, List<Mention> mentions) {
    List<Event> events = new ArrayList<>();
    List<Entity> lastSpeakers = List.of();
    for (int v = 0; v < s.size(); v++) {
      Token t = s.get(v);
      if (inQuote[v]) {
        continue;
      }
      if (t.lower().equals("according") && v + 2 < s.size() && s.get(v + 1).lower().equals("to")) {
        Subject subject = subjectAt(number, s, v + 2, mentions, true);
        if (subject != null) {
          events.add(new Event(number, v, t.start(), subject.speakers, subject.pronoun));
        }
        continue;
      }
      if (!isSpeechVerb(s, v)) {
        continue;
      }
      Subject subject =
          v + 2 < s.size() && s.get(v + 1).lower().equals("by")
              ? subjectAt(number, s, v + 2, mentions, true) // "announced by the government"
              : subjectOf(number, s, v, mentions, lastSpeakers);
      if (subject != null && !subject.speakers.isEmpty()) {
        events.add(new Event(number, v, t.start(), subject.speakers, subject.pronoun));
        lastSpeakers = subject.speakers;
      }
    }
    return events;
  }

  private static boolean isSpeechVerb(TaggedSentence s, int v) {
    Token t = s.get(v);
    if (!t.tag().startsWith("VERB") || !Lexicon.SPEECH_VERBS.contains(t.lemma())) {
      return false;
    }
    if (v > 0 && s.get(v - 1).text().matches(".*\\p{L}['’]s?")) {
      return false; // "Lavrov's remarks": a noun after a possessive
    }
    for (int k = v - 1; k >= 0; k--) {
      Token b = s.get(k);
      if (b.tag().startsWith("ADV") || b.tag().startsWith("PART")) {
        continue;
      }
      if (b.lemma().equals("be") || b.lemma().equals("get")) {
        return false; // passive: "were described as"
      }
      break;
    }
    if (!Lexicon.WEAK_SPEECH_VERBS.contains(t.lemma())) {
      return true;
    }
    if (v > 0 && (Words.isQuote(s.get(v - 1)) || s.get(v - 1).text().equals(","))) {
      return true;
    }
    for (int k = v + 1; k < Math.min(s.size(), v + 10); k++) {
      String w = s.get(k).lower();
      if (w.equals("that") || w.equals(":") || Words.isQuote(s.get(k))) {
        return true;
      }
    }
    return v + 1 >= s.size() || s.get(v + 1).text().equals(".") || s.get(v + 1).text().equals(",");
  }

  private record Subject(List<Entity> speakers, boolean pronoun) {}

  private Subject subjectOf(
      int number, TaggedSentence s, int v, List<Mention> mentions, List<Entity> lastSpeakers) {
    int j = v - 1;
    while (j >= 0 && (SKIPPABLE.contains(s.get(j).lower()) || s.get(j).tag().startsWith("ADV"))) {
      j--;
    }
    boolean afterQuote =
        j >= 0
            && (Words.isQuote(s.get(j))
                || (j > 0 && s.get(j).text().equals(",") && Words.isQuote(s.get(j - 1))));
    if (j < 0 || afterQuote) {
      // "...," said Jonas Berg: the subject follows the verb
      return v + 1 < s.size() ? subjectAt(number, s, v + 1, mentions, false) : null;
    }
    if (s.get(j).text().equals(",")) {
      return subjectBeforeComma(number, s, j, mentions);
    }
    if (isPunctOrQuote(s.get(j))) {
      return null;
    }
    String w = s.get(j).lower();
    if (w.equals("and") || w.equals("but")) {
      return lastSpeakers.isEmpty() ? clauseSubject(s, mentions) : new Subject(lastSpeakers, false);
    }
    return subjectEndingAt(number, s, j, mentions);
  }

  private Subject subjectEndingAt(int number, TaggedSentence s, int j, List<Mention> mentions) {
    Subject spokesperson = spokespersonFor(number, s, j, mentions);
    if (spokesperson != null) {
      return spokesperson;
    }
    for (Mention m : mentions) {
      if (m.start() <= j && j < m.end()) {
        List<Entity> speakers = new ArrayList<>();
        speakers.add(m.entity());
        coordinated(m, mentions, s).ifPresent(speakers::add);
        return new Subject(speakers, m.pronoun() && m.end() - m.start() == 1);
      }
    }
    String w = s.get(j).lower();
    if ((w.equals("it") || w.equals("they")) && discourse.organization() != null) {
      return new Subject(List.of(discourse.organization()), true);
    }
    if (s.get(j).tag().startsWith("NOUN")) {
      Entity group = group(number, s, j);
      return group == null ? null : new Subject(List.of(group), false);
    }
    return null;
  }

  /**
   * "Its chairwoman, Dr. Sofia Lindqvist, said": the name right before the comma; "Bruno Kahl, Head
   * of the agency, said": the name before the appositive.
   */
  private Subject subjectBeforeComma(
      int number, TaggedSentence s, int comma, List<Mention> mentions) {
    int k = comma - 1;
    while (k >= 0 && !s.get(k).text().equals(",")) {
      k--;
    }
    if (k < 0) {
      return comma > 0 ? mentionEndingAt(comma - 1, mentions, s) : null;
    }
    boolean describedBefore =
        k > 0 && s.get(k - 1).tag().startsWith("NOUN") && !isMentionEnd(k - 1, mentions);
    for (Mention m : mentions) {
      boolean opensSegment = m.start() > k && m.start() <= k + 2 && m.end() <= comma;
      boolean organization = m.entity().kind() == EntityKind.ORGANIZATION;
      if (opensSegment && (!organization || (describedBefore && m.end() == comma))) {
        if (organization) {
          // "Spain's weather agency, AEMET, said": the description names the organisation
          m.entity().addRole(MentionFinder.text(s, nounPhraseStart(s, k - 1), k), number, Set.of());
        }
        return new Subject(List.of(m.entity()), false); // "Its chairwoman, Dr. Sofia Lindqvist,"
      }
    }
    // a relative clause or a description between the commas: the subject stands before them
    return k > 0 ? subjectEndingAt(number, s, k - 1, mentions) : null;
  }

  private static Subject mentionEndingAt(int j, List<Mention> mentions, TaggedSentence s) {
    for (Mention m : mentions) {
      if (m.end() - 1 == j && !m.pronoun()) {
        return new Subject(List.of(m.entity()), false);
      }
    }
    return null;
  }

  /** The sentence's subject: the first person or organisation named before its first verb. */
  private static Subject clauseSubject(TaggedSentence s, List<Mention> mentions) {
    int firstVerb = 0;
    while (firstVerb < s.size() && !s.get(firstVerb).tag().startsWith("VERB")) {
      firstVerb++;
    }
    Mention subject = null;
    for (Mention m : mentions) {
      if (m.end() <= firstVerb && (m.entity().kind() != EntityKind.NAME || m.start() == 0)) {
        subject = m;
      }
    }
    return subject == null ? null : new Subject(List.of(subject.entity()), subject.pronoun());
  }

  /** "A spokesperson for the airline said": an unnamed person speaking for a body; both speak. */
  private Subject spokespersonFor(int number, TaggedSentence s, int j, List<Mention> mentions) {
    int start = j;
    Entity body = null;
    for (Mention m : mentions) {
      if (m.start() <= j && j < m.end()) {
        start = m.start();
        body = m.entity();
      }
    }
    if (body == null && start > 0 && s.get(start - 1).tag().startsWith("DET")) {
      start--;
    }
    if (start < 2 || !Set.of("for", "of", "at", "from").contains(s.get(start - 1).lower())) {
      return null;
    }
    for (Mention m : mentions) {
      if (m.end() == start - 1 && Discourse.personLike(m.entity())) {
        return new Subject(List.of(m.entity()), false); // "Dr. Neil Ross of Newcastle University"
      }
    }
    Token role = s.get(start - 2);
    if (!role.tag().startsWith("NOUN") || !Words.isRoleNoun(role) || role.isCapitalized()) {
      return null;
    }
    Entity person = group(number, s, start - 2);
    if (person == null) {
      return null;
    }
    List<String> bodyWords = MentionFinder.words(s, start, j + 1);
    person.addRole(
        String.join(" ", bodyWords), number, body == null ? Set.of() : body.nameTokens());
    return new Subject(body == null ? List.of(person) : List.of(person, body), false);
  }

  /** "the United States and NATO have noted": both conjuncts speak. */
  private static java.util.Optional<Entity> coordinated(
      Mention m, List<Mention> mentions, TaggedSentence s) {
    int and = m.start() - 1;
    if (and < 1 || !s.get(and).lower().equals("and")) {
      return java.util.Optional.empty();
    }
    for (Mention other : mentions) {
      if (other.end() == and || (other.end() == and - 0 && other != m)) {
        return java.util.Optional.of(other.entity());
      }
    }
    return java.util.Optional.empty();
  }

  private Subject subjectAt(
      int number, TaggedSentence s, int i, List<Mention> mentions, boolean np) {
    int k = i;
    if (np && k < s.size() && s.get(k).tag().startsWith("DET")) {
      for (Mention m : mentions) {
        if (m.start() == k + 1 || m.start() == k) {
          return new Subject(List.of(m.entity()), false);
        }
      }
    }
    while (k < s.size() && k < i + 4 && !isMentionStart(k, mentions) && isRoleWord(s.get(k))) {
      k++; // "says Professor Stewart Jamieson", "said council leader Amira Shah"
    }
    for (Mention m : mentions) {
      if (m.start() == k) {
        return new Subject(List.of(m.entity()), m.pronoun() && m.end() - m.start() == 1);
      }
    }
    if (np) {
      int end = k;
      while (end < s.size()
          && !isPunctOrQuote(s.get(end))
          && !s.get(end).tag().startsWith("VERB")
          && !s.get(end).tag().startsWith("ADP")) {
        end++;
      }
      if (end > k && s.get(end - 1).tag().startsWith("NOUN")) {
        Entity g = group(number, s, end - 1);
        return g == null ? null : new Subject(List.of(g), false);
      }
    }
    return null;
  }

  private static boolean isMentionEnd(int j, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.end() - 1 == j);
  }

  private static int nounPhraseStart(TaggedSentence s, int head) {
    int k = head;
    while (k > 0) {
      String tag = s.get(k - 1).tag();
      if (tag.startsWith("NOUN")
          || tag.startsWith("ADJ")
          || tag.startsWith("PROPN")
          || tag.startsWith("DET")
          || tag.contains("PART")) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  private static boolean isRoleWord(Token t) {
    return Words.isTitle(t)
        || (!t.isCapitalized() && (t.tag().startsWith("NOUN") || t.tag().startsWith("ADJ")));
  }

  private static boolean isMentionStart(int k, List<Mention> mentions) {
    return mentions.stream().anyMatch(m -> m.start() == k);
  }

  /** A common-noun speaker: "the transport workers' union", "analysts", "officials". */
  private Entity group(int number, TaggedSentence s, int head) {
    int k = head;
    while (k - 1 >= 0) {
      Token b = s.get(k - 1);
      String tag = b.tag();
      if (tag.startsWith("NOUN")
          || tag.startsWith("ADJ")
          || tag.startsWith("PROPN")
          || tag.startsWith("NUM")
          || b.text().equals("'")
          || b.text().equals("’")) {
        k--;
      } else if (tag.startsWith("DET") || tag.startsWith("PRON")) {
        k--;
        break;
      } else {
        break;
      }
    }
    List<String> words = MentionFinder.words(s, k, head + 1);
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

  private static boolean isPunctOrQuote(Token t) {
    return Words.isQuote(t) || t.tag().startsWith("PUNCT") || t.text().equals(",");
  }
}
