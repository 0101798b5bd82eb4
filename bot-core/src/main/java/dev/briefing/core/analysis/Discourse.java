package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.Gender;
import dev.briefing.core.nlp.TaggedSentence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Who is in focus so far: the antecedents for he, she, they and "the company". */
final class Discourse {
  private final Deque<Entity> recentPeople = new ArrayDeque<>();
  private Entity lastPersonSubject;
  private Entity lastOrganization;

  /** The person a he or she most likely means, given the mentions earlier in this sentence. */
  Entity person(Gender gender, List<Mention> earlierInSentence) {
    for (Mention m : earlierInSentence) {
      if (personLike(m.entity()) && compatible(m.entity(), gender)) {
        return m.entity();
      }
    }
    if (lastPersonSubject != null && compatible(lastPersonSubject, gender)) {
      return lastPersonSubject;
    }
    for (Entity e : recentPeople) {
      if (compatible(e, gender)) {
        return e;
      }
    }
    return null;
  }

  /** The organisation or group an "it", "they" or "the company" most likely means. */
  Entity organization() {
    return lastOrganization;
  }

  void mentioned(Entity e) {
    if (personLike(e)) {
      recentPeople.remove(e);
      recentPeople.addFirst(e);
    } else if (e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.GROUP) {
      lastOrganization = e;
    }
  }

  void endSentence(TaggedSentence s, List<Mention> mentions, List<SpeechFinder.Event> events) {
    Entity subject = null;
    for (SpeechFinder.Event e : events) {
      for (Entity speaker : e.speakers()) {
        if (speaker.kind() == EntityKind.NAME) {
          boolean person = speaker.nameTokens().size() >= 2 && !speaker.isDefinite();
          speaker.promote(person ? EntityKind.PERSON : EntityKind.ORGANIZATION);
        }
        if (subject == null && speaker.kind() != EntityKind.NAME) {
          subject = speaker;
        }
      }
    }
    if (subject == null) {
      int firstVerb = firstVerb(s);
      for (Mention m : mentions) {
        if (m.start() < firstVerb) {
          subject = m.entity();
          break;
        }
      }
    }
    if (subject != null) {
      if (personLike(subject)) {
        lastPersonSubject = subject;
      } else if (subject.kind() != EntityKind.NAME) {
        lastOrganization = subject;
      }
    }
  }

  private static int firstVerb(TaggedSentence s) {
    for (int i = 0; i < s.size(); i++) {
      if (s.get(i).tag().startsWith("VERB")) {
        return i;
      }
    }
    return s.size();
  }

  /** A person, or a two-word name not introduced with "the": "Derek Vance, 46,". */
  static boolean personLike(Entity e) {
    return e.isPersonLike();
  }

  private static boolean compatible(Entity e, Gender g) {
    return g == Gender.UNKNOWN || e.gender() == Gender.UNKNOWN || e.gender() == g;
  }
}
