package dev.briefing.core.chat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a follow-up question against the conversation's last one, by the question's grammar: its
 * words' classes (pronouns, question words, auxiliaries, prepositions: English's closed classes)
 * and capitals, never by the names of any article. Pure: the same question and conversation always
 * resolve alike.
 *
 * <ul>
 *   <li>A third-person pronoun is replaced when no name comes before it in the question: he, him,
 *       she, her (possessive before a noun), his and hers name the last person; they, them, their
 *       and theirs the last organisation, else the last person; it and its the last organisation
 *       only (never a person, and "What is it about?" is the article). "What did Brandt say about
 *       his plans?" names its own person and stays as it is.
 *   <li>"And X?", "What about X?", "How about X?": the last question with its subject replaced by
 *       X.
 *   <li>A bare question word ("Why?", "When?", "Where?", "How?", "How much?", "Who else?"): the
 *       last question asked with that word instead of its own ("When did the Port Authority send
 *       ships?" for "Why?" after "How many ships did the Port Authority send?"), or put before it
 *       when it began with an auxiliary.
 *   <li>"What else…", "anything else", "more" ({@code /more}): the question again (its "else"
 *       dropped, pronouns resolved), asked {@linkplain FollowUp#more() for more}: without the
 *       sentences already shown.
 * </ul>
 *
 * <p>Not handled: first and second person ("What did you say?"); a pronoun after a name in the same
 * question is taken to be that name's even when it is of another kind ("What did the Port Authority
 * say about him?" stays as it is); ellipsis other than the forms above ("And in 2020?" replaces the
 * subject with "in 2020"); "And X?" when the last question had no subject it could name, and a bare
 * question word after a last question that was not a question ("Summarize"): those stay as asked.
 * "Who else?" after "What did X say?" reads "Who did X say?", which the engine does not understand.
 */
public final class FollowUps {
  private static final Set<String> PERSON = Set.of("he", "him", "she");
  private static final Set<String> PERSON_POSSESSIVE = Set.of("his", "hers");
  private static final Set<String> GROUP = Set.of("they", "them");
  private static final Set<String> GROUP_POSSESSIVE = Set.of("their", "theirs");
  private static final Set<String> WH =
      Set.of("what", "who", "whom", "whose", "when", "where", "why", "how", "which");

  /** Words that make "how" or "what" a phrase: "how much", "how long", "what time". */
  private static final Set<String> WH_DEGREE =
      Set.of("much", "many", "long", "often", "far", "come", "time");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
          "can", "could", "should", "may", "might", "must", "shall");
  private static final Set<String> PREPOSITIONS =
      Set.of(
          "about",
          "on",
          "of",
          "to",
          "for",
          "with",
          "in",
          "at",
          "from",
          "by",
          "into",
          "over",
          "after",
          "before",
          "against",
          "regarding",
          "concerning",
          "during",
          "since",
          "until",
          "than",
          "like");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but", "so", "if");

  /** "more", "tell me more", "anything else?", "is there anything else?", "what else?" */
  private static final Set<String> MORE_WORDS =
      Set.of("what", "else", "anything", "something", "more", "tell", "me", "is", "there", "and");

  private static final Pattern AND_X =
      Pattern.compile(
          "^\\s*(?:and|what about|how about)\\s+(.+?)[\\s?!.]*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

  private FollowUps() {}

  /**
   * A question to answer, and whether it asks for more of the last answer.
   *
   * @param question the question as the engine should read it
   * @param more whether it asks for sentences other than those already shown
   */
  public record FollowUp(String question, boolean more) {
    public FollowUp {
      if (question == null || question.isBlank()) {
        throw new IllegalArgumentException("question must not be blank");
      }
    }
  }

  /**
   * What {@code text} asks, read against {@code conversation} while it is younger than {@link
   * ConversationStore#TTL} at {@code now}; without one, {@code text} as it is.
   */
  public static FollowUp resolve(String text, Optional<Conversation> conversation, Instant now) {
    Optional<Conversation> live =
        conversation.filter(c -> c.at().plus(ConversationStore.TTL).isAfter(now));
    if (live.isEmpty() || text.isBlank()) {
      return new FollowUp(text, false);
    }
    Conversation last = live.get();
    List<Word> words = words(text);
    List<String> lower = words.stream().map(Word::lower).toList();
    if (asksForMore(lower)) {
      return more(last);
    }
    Optional<String> subjectReplaced = andX(text, lower, last);
    if (subjectReplaced.isPresent()) {
      return new FollowUp(subjectReplaced.get(), false);
    }
    if (isBareQuestionWord(lower)) {
      return withQuestionWord(last.question(), lower)
          .map(q -> new FollowUp(q, lower.contains("else")))
          .orElse(new FollowUp(text, false));
    }
    boolean more = false;
    String question = text;
    int elseAt = lower.indexOf("else");
    if (elseAt > 0 && WH.contains(lower.get(elseAt - 1))) { // "What else did she say?"
      question = cut(text, words.get(elseAt));
      more = true;
    }
    return new FollowUp(pronounsReplaced(question, last), more);
  }

  /** "More" of the conversation's answer: its question again, leaving out what was shown. */
  public static FollowUp more(Conversation conversation) {
    return new FollowUp(conversation.question(), true);
  }

  private static boolean asksForMore(List<String> lower) {
    return !lower.isEmpty()
        && (lower.contains("else") || lower.contains("more"))
        && MORE_WORDS.containsAll(lower);
  }

  /** "And Brandt?": the last question about X, when X is a noun phrase and not a question. */
  private static Optional<String> andX(String text, List<String> lower, Conversation last) {
    Matcher m = AND_X.matcher(text);
    if (!m.matches() || lower.size() > 6) {
      return Optional.empty();
    }
    String x = m.group(1).strip();
    String first = words(x).stream().map(Word::lower).findFirst().orElse("");
    if (first.isEmpty() || isFunctionWord(first) || isPronoun(first)) {
      return Optional.empty();
    }
    for (Optional<String> subject : List.of(last.person(), last.organisation())) {
      if (subject.isPresent()) {
        Matcher at =
            Pattern.compile(
                    "(?<![\\p{L}\\p{N}])" + Pattern.quote(subject.get()) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE)
                .matcher(last.question());
        if (at.find()) {
          return Optional.of(
              last.question().substring(0, at.start()) + x + last.question().substring(at.end()));
        }
      }
    }
    return Optional.empty();
  }

  /** "Why?", "How much?", "Who else?", "And when?": a question word and nothing to ask about. */
  private static boolean isBareQuestionWord(List<String> lower) {
    List<String> rest = new ArrayList<>(lower);
    if (!rest.isEmpty() && CONJUNCTIONS.contains(rest.get(0))) {
      rest.remove(0);
    }
    rest.remove("else");
    return (rest.size() == 1 && WH.contains(rest.get(0)))
        || (rest.size() == 2 && WH.contains(rest.get(0)) && WH_DEGREE.contains(rest.get(1)));
  }

  /**
   * The last question asked with the new question word (and its degree word, "how much"); empty
   * when the last question began with neither a question word nor an auxiliary.
   */
  private static Optional<String> withQuestionWord(String lastQuestion, List<String> asked) {
    int from = CONJUNCTIONS.contains(asked.get(0)) ? 1 : 0;
    String wh =
        asked.get(from)
            + (asked.size() > from + 1 && !asked.get(from + 1).equals("else")
                ? " " + asked.get(from + 1)
                : "");
    wh = Character.toUpperCase(wh.charAt(0)) + wh.substring(1);
    String last =
        lastQuestion
            .strip()
            .replaceFirst("(?i)^(?:and|so|but)\\s+", "")
            .replaceFirst("(?i)^(what|who|where|when|how)['’]s\\b", "$1 is");
    List<Word> words = words(last);
    List<String> lower = words.stream().map(Word::lower).toList();
    if (lower.isEmpty()) {
      return Optional.empty();
    }
    if (AUXILIARIES.contains(
        lower.get(0))) { // "Did the Port Authority send ships?" → "Why did the Port…"
      return Optional.of(wh + " " + Character.toLowerCase(last.charAt(0)) + last.substring(1));
    }
    if (!WH.contains(lower.get(0))) {
      return Optional.empty();
    }
    int phraseEnd = lower.size() > 1 && WH_DEGREE.contains(lower.get(1)) ? 2 : 1;
    int aux = phraseEnd;
    while (aux < lower.size() && !AUXILIARIES.contains(lower.get(aux))) {
      aux++;
    }
    if (aux == lower.size()) { // "Who criticized the plan?": the question word is the subject
      return Optional.of(wh + last.substring(words.get(phraseEnd - 1).end()));
    }
    // "How many ships did the Port Authority send?": the asked-for noun goes after the verb
    String noun =
        aux > phraseEnd
            ? " " + last.substring(words.get(phraseEnd).start(), words.get(aux - 1).end())
            : "";
    String rest = last.substring(words.get(aux).start()).replaceAll("[\\s?!.]+$", "");
    return Optional.of(wh + " " + rest + noun + "?");
  }

  /** The question with its third-person pronouns named, where no name comes before them. */
  private static String pronounsReplaced(String question, Conversation last) {
    List<Word> words = words(question);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (i > 0 && w.isName()) {
        break; // the question names its own subject: later pronouns are its
      }
      Optional<String> named = named(words, i, last);
      if (named.isPresent()) {
        String name = named.get();
        if (w.start() == 0) {
          name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        out.append(question, copied, w.start()).append(name);
        copied = w.end();
      }
    }
    return out.append(question.substring(copied)).toString();
  }

  /** What the i-th word stands for, when it is a third-person pronoun the conversation resolves. */
  private static Optional<String> named(List<Word> words, int i, Conversation last) {
    String w = words.get(i).lower();
    Optional<String> group = last.organisation().or(last::person);
    if (PERSON.contains(w)) {
      return last.person();
    }
    if (PERSON_POSSESSIVE.contains(w)) {
      return last.person().map(FollowUps::possessive);
    }
    if (w.equals("her")) {
      return possessiveBeforeNoun(words, i)
          ? last.person().map(FollowUps::possessive)
          : last.person();
    }
    if (GROUP.contains(w)) {
      return group;
    }
    if (GROUP_POSSESSIVE.contains(w)) {
      return group.map(FollowUps::possessive);
    }
    if (w.equals("its")) {
      return last.organisation().map(FollowUps::possessive);
    }
    if (w.equals("it") && isObject(words, i)) {
      return last.organisation();
    }
    return Optional.empty();
  }

  /**
   * "Who runs it?", "about it": an object. As a subject ("What does it say?", "What is it about?")
   * or in "sum it up", "it" is the article.
   */
  private static boolean isObject(List<Word> words, int i) {
    if (i == 0
        || WH.contains(words.get(i - 1).lower())
        || AUXILIARIES.contains(words.get(i - 1).lower())) {
      return false;
    }
    return i + 1 >= words.size() || !Set.of("about", "up").contains(words.get(i + 1).lower());
  }

  /** "her plans" (a determiner) rather than "about her" or "told her about…" (an object). */
  private static boolean possessiveBeforeNoun(List<Word> words, int i) {
    if (i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1).lower();
    return !isFunctionWord(next) && !isPronoun(next);
  }

  private static boolean isFunctionWord(String w) {
    return WH.contains(w)
        || AUXILIARIES.contains(w)
        || PREPOSITIONS.contains(w)
        || CONJUNCTIONS.contains(w);
  }

  private static boolean isPronoun(String w) {
    return PERSON.contains(w)
        || PERSON_POSSESSIVE.contains(w)
        || GROUP.contains(w)
        || GROUP_POSSESSIVE.contains(w)
        || w.equals("her")
        || w.equals("it")
        || w.equals("its");
  }

  private static String possessive(String name) {
    return name + "'s";
  }

  /** {@code text} without {@code word} and the space before it. */
  private static String cut(String text, Word word) {
    int from = word.start();
    while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    return text.substring(0, from) + text.substring(word.end());
  }

  private static List<Word> words(String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().replaceAll("[.’']+$", "");
      out.add(new Word(w, m.start(), m.start() + w.length()));
    }
    return out;
  }

  /** A word of the question and where it is. */
  private record Word(String text, int start, int end) {
    String lower() {
      return text.toLowerCase(Locale.ROOT);
    }

    /** Written with a capital, and not "I" or a capitalized question or function word. */
    boolean isName() {
      return Character.isUpperCase(text.codePointAt(0))
          && !text.equals("I")
          && !isFunctionWord(lower())
          && !isPronoun(lower());
    }
  }
}
