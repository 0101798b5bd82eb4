package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who speaks for a speech verb: the subject before it ("Ortiz said", "Mara Lind, Head of the
 * ECB, said"), after it ("said Lena Holt"), coordinated subjects, spokespersons, and the noun
 * phrase after "according to".
 */
final class SubjectFinder {
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
   * Who speaks.
   *
   * @param speakers the speaking entities
   * @param pronoun whether they were named by a pronoun
   */
  record Subject(List<Entity> speakers, boolean pronoun) {}

  private final Groups groups;
  private final Discourse discourse;

  SubjectFinder(Groups groups, Discourse discourse) {
    this.groups = groups;
    this.discourse = discourse;
  }

  Subject of(
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
      // "...," said Lena Holt: the subject follows the verb
      return v + 1 < s.size() ? at(number, s, v + 1, mentions, false) : null;
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
      Entity group = groups.group(number, s, j);
      return group == null ? null : new Subject(List.of(group), false);
    }
    return null;
  }

  /**
   * "Its chairwoman, Dr. Rosa Almeida, said": the name right before the comma; "Mara Lind, Head of
   * the agency, said": the name before the appositive.
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
          m.entity().addRole(Words.text(s, nounPhraseStart(s, k - 1), k), number, Set.of());
        }
        return new Subject(List.of(m.entity()), false); // "Its chairwoman, Dr. Rosa Almeida,"
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
    Entity person = groups.group(number, s, start - 2);
    if (person == null) {
      return null;
    }
    List<String> bodyWords = Words.nameWords(s, start, j + 1);
    person.addRole(
        String.join(" ", bodyWords), number, body == null ? Set.of() : body.nameTokens());
    return new Subject(body == null ? List.of(person) : List.of(person, body), false);
  }

  /** "the United States and UN have noted": both conjuncts speak. */
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

  Subject at(int number, TaggedSentence s, int i, List<Mention> mentions, boolean np) {
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
        Entity g = groups.group(number, s, end - 1);
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
      Token b = s.get(k - 1);
      if (b.hasTag("NOUN", "ADJ", "PROPN", "DET") || b.tag().contains("PART")) {
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

  private static boolean isPunctOrQuote(Token t) {
    return Words.isQuote(t) || t.tag().startsWith("PUNCT") || t.text().equals(",");
  }
}
