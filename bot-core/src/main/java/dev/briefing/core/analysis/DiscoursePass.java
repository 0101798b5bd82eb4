package dev.briefing.core.analysis;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.EntityKind;
import dev.briefing.core.entity.EntityTable;
import dev.briefing.core.model.Sentence;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.ArrayList;
import java.util.List;

/** One left-to-right pass over an article: mentions, speech, quotations. */
final class DiscoursePass {
  private final EntityTable table = new EntityTable();
  private final Discourse discourse = new Discourse();
  private final MentionFinder mentionFinder = new MentionFinder(table, discourse);
  private final SpeechFinder speechFinder = new SpeechFinder(table, discourse);
  private final List<TaggedSentence> tagged = new ArrayList<>();
  private final List<List<Mention>> mentions = new ArrayList<>();
  private final List<Attribution> attributions = new ArrayList<>();
  private final boolean[] dependent;
  private Entity lastParagraphSpeaker;

  DiscoursePass(int sentences) {
    dependent = new boolean[sentences];
  }

  void paragraph(String text, List<Sentence> sentences, List<TaggedSentence> tags, boolean title) {
    List<QuoteSpans.Span> quotes = QuoteSpans.find(text);
    int[] offsets = offsets(text, sentences);
    List<SpeechFinder.Event> events = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      TaggedSentence s = tags.get(k);
      int number = sentences.get(k).number();
      boolean[] inQuote = inQuote(s, offsets[k], quotes);
      tagged.add(s);
      if (title) {
        mentions.add(List.of());
        continue;
      }
      List<Mention> found = mentionFinder.find(number, s, inQuote);
      mentions.add(found);
      List<SpeechFinder.Event> sentenceEvents = speechFinder.find(number, s, inQuote, found);
      for (SpeechFinder.Event e : sentenceEvents) {
        events.add(e.at(offsets[k]));
        for (Entity speaker : e.speakers()) {
          attributions.add(new Attribution(speaker, number, false));
        }
      }
      dependent[number - 1] = startsDependent(s, inQuote) || viaPronoun(sentenceEvents);
      discourse.endSentence(s, found, sentenceEvents);
    }
    attributeQuotes(text, sentences, offsets, quotes, events);
  }

  private void attributeQuotes(
      String text,
      List<Sentence> sentences,
      int[] offsets,
      List<QuoteSpans.Span> quotes,
      List<SpeechFinder.Event> events) {
    Entity paragraphSpeaker = null;
    for (QuoteSpans.Span q : quotes) {
      SpeechFinder.Event event = speakerEvent(q, events);
      List<Entity> speakers = event == null ? List.of() : event.speakers();
      int attributedIn = event == null ? -1 : event.sentence();
      if (speakers.isEmpty() && paragraphSpeaker != null) {
        speakers = List.of(paragraphSpeaker); // a second quote after "..., says X."
      } else if (speakers.isEmpty()
          && q.open() == 0
          && lastParagraphSpeaker != null
          && endsSentence(text)) {
        speakers = List.of(lastParagraphSpeaker);
      }
      for (int k = 0; k < sentences.size(); k++) {
        int start = offsets[k];
        int end = start + sentences.get(k).text().length();
        boolean overlaps = start < q.close() && end > q.open();
        if (overlaps) {
          for (Entity speaker : speakers) {
            attributions.add(new Attribution(speaker, sentences.get(k).number(), true));
          }
          if (!speakers.isEmpty() && sentences.get(k).number() != attributedIn) {
            dependent[sentences.get(k).number() - 1] = true; // its speaker is named elsewhere
          }
        }
      }
      if (!speakers.isEmpty()) {
        paragraphSpeaker = speakers.get(0);
      }
    }
    if (paragraphSpeaker == null
        && !events.isEmpty()
        && !events.get(events.size() - 1).speakers().isEmpty()) {
      paragraphSpeaker = events.get(events.size() - 1).speakers().get(0);
    }
    lastParagraphSpeaker = paragraphSpeaker;
  }

  /** The speech verb right after the closing mark, else the one right before the opening mark. */
  private static SpeechFinder.Event speakerEvent(
      QuoteSpans.Span q, List<SpeechFinder.Event> events) {
    for (SpeechFinder.Event e : events) {
      if (e.offset() > q.close() && e.offset() - q.close() <= 60 && !e.speakers().isEmpty()) {
        return e;
      }
    }
    SpeechFinder.Event before = null;
    for (SpeechFinder.Event e : events) {
      if (e.offset() < q.open() && q.open() - e.offset() <= 80 && !e.speakers().isEmpty()) {
        before = e;
      }
    }
    return before;
  }

  private static boolean endsSentence(String text) {
    return text.strip().matches("(?s).*[.!?…][\"”’']*$");
  }

  private static boolean startsDependent(TaggedSentence s, boolean[] inQuote) {
    for (int i = 0; i < s.size(); i++) {
      Token t = s.get(i);
      if (Words.isQuote(t) || t.tag().startsWith("PUNCT")) {
        continue;
      }
      String lower = t.lower();
      return !inQuote[i]
          && (Lexicon.PERSON_PRONOUNS.contains(lower)
              || Lexicon.PLURAL_PRONOUNS.contains(lower)
              || lower.equals("it")
              || lower.equals("this")
              || lower.equals("these")
              || lower.equals("those")
              || lower.equals("its"));
    }
    return false;
  }

  private static boolean viaPronoun(List<SpeechFinder.Event> events) {
    return events.stream().anyMatch(SpeechFinder.Event::viaPronoun);
  }

  private static int[] offsets(String paragraph, List<Sentence> sentences) {
    int[] offsets = new int[sentences.size()];
    int cursor = 0;
    for (int k = 0; k < sentences.size(); k++) {
      int at = paragraph.indexOf(sentences.get(k).text(), cursor);
      offsets[k] = at < 0 ? cursor : at;
      cursor = offsets[k] + (at < 0 ? 0 : sentences.get(k).text().length());
    }
    return offsets;
  }

  private static boolean[] inQuote(TaggedSentence s, int offset, List<QuoteSpans.Span> quotes) {
    boolean[] inside = new boolean[s.size()];
    for (int i = 0; i < s.size(); i++) {
      int at = offset + s.get(i).start();
      for (QuoteSpans.Span q : quotes) {
        if (q.contains(at)) {
          inside[i] = true;
          break;
        }
      }
    }
    return inside;
  }

  ArticleAnalysis result() {
    mergeRoleGroups(); // speaking names were promoted as they spoke (Discourse.endSentence)
    return ArticleAnalysis.of(tagged, table, mentions, attributions, dependent);
  }

  /** "The library director says ..." before "library director Helen Marsh": the same person. */
  private void mergeRoleGroups() {
    for (Entity group : table.all()) {
      if (group.kind() != EntityKind.GROUP) {
        continue;
      }
      for (Entity person : table.all()) {
        if (person.kind() == EntityKind.PERSON
            && person.roleTokens().containsAll(group.nameTokens())
            && !group.nameTokens().isEmpty()
            && !group.name().matches(".*[^s]s")) {
          group.markSameAs(person);
          attributions.replaceAll(
              a -> a.speaker() == group ? new Attribution(person, a.sentence(), a.direct()) : a);
          break;
        }
      }
    }
  }
}
