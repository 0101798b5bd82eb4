package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds speech in a sentence: a speech verb (by lemma) outside quotation marks with its subject, in
 * either order ("Ortiz said", "said Lena Holt"), and "according to X".
 */
final class SpeechFinder {

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

  private final SubjectFinder subjects;

  SpeechFinder(EntityTable table, Discourse discourse) {
    this.subjects = new SubjectFinder(new Groups(table, discourse), discourse);
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
        SubjectFinder.Subject subject = subjects.at(number, s, v + 2, mentions, true);
        if (subject != null) {
          events.add(new Event(number, v, t.start(), subject.speakers(), subject.pronoun()));
        }
        continue;
      }
      if (!isSpeechVerb(s, v)) {
        continue;
      }
      SubjectFinder.Subject subject =
          v + 2 < s.size() && s.get(v + 1).lower().equals("by")
              ? subjects.at(number, s, v + 2, mentions, true) // "announced by the government"
              : subjects.of(number, s, v, mentions, lastSpeakers);
      if (subject != null && !subject.speakers().isEmpty()) {
        events.add(new Event(number, v, t.start(), subject.speakers(), subject.pronoun()));
        lastSpeakers = subject.speakers();
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
      return false; // "Berger's remarks": a noun after a possessive
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
}
