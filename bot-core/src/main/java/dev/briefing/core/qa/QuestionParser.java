package dev.briefing.core.qa;

import dev.briefing.core.qa.Question.Expected;
import dev.briefing.core.qa.Question.Kind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes what a question asks with a handful of English question patterns. */
public final class QuestionParser {
  private static final String SPEECH_VERBS =
      "say|said|saying|says|tell|told|telling|warn|warned|announce|announced|claim|claimed|argue"
          + "|argued|add|added|note|noted|report|reported|state|stated|comment|commented|respond"
          + "|responded|think|reply|replied|mention|mentioned|explain|explained|suggest|suggested"
          + "|predict|predicted|reveal|revealed|confirm|confirmed|deny|denied|insist|insisted|admit"
          + "|admitted|urge|urged|accuse|accused|describe|described|propose|proposed|promise"
          + "|promised|believe|stress|stressed|emphasi[sz]e|emphasi[sz]ed|express|expressed|expect"
          + "|expected|reject|rejected|call|called|ask|asked|declare|declared|criticize|criticise"
          + "|criticized|criticised|warn|tweet|tweeted|write|wrote|post|posted";

  /** A target is more than one of these: "the state Division", not "the" + "state". */
  private static final String DETERMINERS = "(?:the|a|an|his|her|their|its|this|that|these|those)";

  private static final Pattern SPEECH =
      Pattern.compile(
          "^(?:so |and |but )?(?:what|how) (?:exactly )?(?:did|does|do|has|have|had|was|were|is|are"
              + "|will|would|could) ((?!"
              + DETERMINERS
              + " )\\S.*?|"
              + DETERMINERS
              + " \\S.*?) (?:have )?(?:"
              + SPEECH_VERBS
              + ")(?: (?!about\\b|on\\b|regarding\\b|concerning\\b)[\\w.'’&-]+){0,3}?"
              + "(?: (?:about|on|regarding|concerning|of|to) (.+))?$");
  private static final Pattern SPEECH_REMARKS =
      Pattern.compile(
          "^what (?:are|were|was|is) (.+?)(?:'s|’s|s') (?:comments?|remarks?|views?|words|"
              + "statements?|positions?|message|response|reaction|quotes?|claims?|warnings?|"
              + "arguments?|point|stance|opinion)(?: (?:about|on|regarding) (.+))?$");
  private static final Pattern SPEECH_BY =
      Pattern.compile(
          "^what (?:was|were|is|has been) (?:said|stated|announced) by (.+?)(?: (?:about|on) (.+))?$");
  private static final Pattern SPEECH_DID =
      Pattern.compile(
          "^(?:did|has|does) (.+?) (?:say|said|comment|speak)(?: anything)?(?: (?:about|on) (.+))?$");
  private static final Pattern QUOTES_FROM =
      Pattern.compile("^(?:quotes?|statements?|comments?) (?:from|by) (.+)$");
  private static final Pattern WHO_IS =
      Pattern.compile(
          "^(?:who|what)(?: is|'s|’s| was| are| were) (.+?)(?:'s|’s)? ?(?:role|job|position|title)?$");
  private static final Pattern TELL_ABOUT =
      Pattern.compile("^(?:tell me about|who is|describe|what do we know about|info on) (.+)$");
  private static final Pattern SUMMARY =
      Pattern.compile(
          "\\b(summari[sz]e|summary|sum (?:it )?up|tl;?dr|key (?:points|facts|takeaways)|main"
              + " (?:points|facts)|takeaways|gist|highlights|overview|brief me|recap|in short|in"
              + " brief|what(?:'s| is| was) (?:(?:this|the) (?:article|story|news|piece|report)|this"
              + "|it) about|^what happened$|the main story)\\b");

  /** "What does the article say about sanctions?": a topic question, not a speaker's. */
  private static final Pattern ABOUT_TOPIC =
      Pattern.compile(
          "^what (?:does|did|do|can) (?:the|this|that|it)(?: (?:article|story|report|piece|text"
              + "|news|item))? (?:say|tell(?: us| me)?|report|mention|write)(?: (?:about|on|"
              + "regarding|of|concerning))? (.+)$");

  private static final Pattern SUMMARY_LENGTH =
      Pattern.compile(
          "\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
              + " (?:sentences?|points?|key points|lines?|bullets?)\\b");
  private static final java.util.List<String> NUMBER_WORDS =
      java.util.List.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final Pattern MENTIONED =
      Pattern.compile(
          "^(?:who|which people|what people|which persons|whom)(?: all)? (?:is|are|was|were|gets?|got)"
              + " (?:mentioned|named|involved|in (?:the|this) (?:article|story|news))|"
              + "(?:people|persons|names) (?:mentioned|named|in the article)|^list (?:the|all) "
              + "(?:people|names|persons)");
  private static final Pattern QUOTED =
      Pattern.compile(
          "^who (?:is|are|was|were|gets?|got) (?:quoted|interviewed|cited)|^who (?:spoke|speaks|"
              + "commented|said something|made statements)|^(?:which|what) (?:people|sources) "
              + "(?:are|were) quoted");

  /** The summary length a request asks for ("in 2 sentences", "five key points"), if any. */
  public static java.util.OptionalInt summaryLength(String raw) {
    Matcher m = SUMMARY_LENGTH.matcher(normalize(raw));
    if (!m.find()) {
      return java.util.OptionalInt.empty();
    }
    String n = m.group(1);
    int value =
        n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n) + 1;
    return value >= 1 && value <= 10
        ? java.util.OptionalInt.of(value)
        : java.util.OptionalInt.empty();
  }

  public Question parse(String raw) {
    String q = normalize(raw);
    if (q.isEmpty() || SUMMARY.matcher(q).find()) {
      return new Question(Kind.SUMMARY, "", "", Expected.ANY, raw);
    }
    if (QUOTED.matcher(q).find()) {
      return new Question(Kind.WHO_QUOTED, "", "", Expected.PERSON, raw);
    }
    if (MENTIONED.matcher(q).find()) {
      return new Question(Kind.WHO_MENTIONED, "", "", Expected.PERSON, raw);
    }
    if (passive(q)) {
      return new Question(Kind.FACT, "", "", expected(q), raw);
    }
    Matcher about = ABOUT_TOPIC.matcher(q);
    if (about.find()) {
      String topic = about.group(1).strip();
      return new Question(Kind.FACT, "", topic, expected(topic), topic);
    }
    String named = markNamesLikeVerbs(raw, q);
    for (Pattern p : new Pattern[] {SPEECH, SPEECH_REMARKS, SPEECH_BY, SPEECH_DID, QUOTES_FROM}) {
      Matcher m = p.matcher(named);
      if (m.find()) {
        String topic = m.groupCount() >= 2 && m.group(2) != null ? unmark(m.group(2)) : "";
        return new Question(Kind.SPEECH, unmark(m.group(1)).strip(), topic, Expected.ANY, raw);
      }
    }
    for (Pattern p : new Pattern[] {WHO_IS, TELL_ABOUT}) {
      Matcher m = p.matcher(q);
      if (m.find()) {
        return new Question(Kind.WHO_IS, m.group(1).strip(), "", expected(q), raw);
      }
    }
    return new Question(Kind.FACT, "", "", expected(q), raw);
  }

  /**
   * Marks the words written with a capital inside the question that look like speech verbs, so that
   * "What did the State Department say?" asks about the State Department, not what "the" stated.
   */
  static String markNamesLikeVerbs(String raw, String q) {
    String[] words = (raw == null ? "" : raw.strip()).split("\\s+");
    String out = q;
    for (int i = 1; i < words.length; i++) {
      String w = words[i].replaceAll("[^\\p{L}]", "");
      if (!w.isEmpty()
          && Character.isUpperCase(w.codePointAt(0))
          && !w.equals(w.toUpperCase(Locale.ROOT)) // "WHAT DID DUNBAR SAY?" shouts, names nothing
          && w.toLowerCase(Locale.ROOT).matches(SPEECH_VERBS)) {
        String lower = w.toLowerCase(Locale.ROOT);
        out = out.replaceAll("\\b" + lower + "\\b(?!_)", lower + "_");
      }
    }
    return out;
  }

  private static String unmark(String text) {
    return text.replace("_", "");
  }

  /** "What is Russia accused of?": someone else speaks about the subject. */
  private static boolean passive(String q) {
    return q.matches(
            "^what (?:is|was|are|were|has been|have been) .+ (?:\\w+ed|said|told|warned)(?: (?:of|about|by|for|with))?$")
        && !q.matches(".* (?:saying|telling|warning|claiming|arguing)\\b.*");
  }

  static String normalize(String raw) {
    String q = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    q = q.replace('’', '\'').replace('“', '"').replace('”', '"');
    q = q.replaceAll("^(?:please|hey|ok|okay|so)[,!]?\\s+", "");
    q = q.replaceAll("[?!.\\s]+$", "").replaceAll("\\s+", " ");
    return q;
  }

  static Expected expected(String q) {
    if (q.matches("^(when|what time|what date|what day|by when|since when|until when)\\b.*")
        || q.matches(".*\\b(what|which) (year|month|day|date|time)\\b.*")) {
      return Expected.TIME;
    }
    if (q.matches("^how long\\b.*")) {
      return Expected.DURATION;
    }
    if (q.matches("^(where|from where)\\b.*")
        || q.matches(".*\\b(which|what) (city|country|place|town|region|location)\\b.*")) {
      return Expected.PLACE;
    }
    if (q.matches("^how much\\b.*")
        || q.matches(
            ".*\\b(cost|price|revenue|profit|budget|worth|pay|paid|spend|salary|fee)\\b.*")) {
      return Expected.MONEY;
    }
    if (q.matches("^how many\\b.*")
        || q.matches(
            ".*\\b(number of|what percentage|how big|how large|how far|how high|how fast)\\b.*")) {
      return Expected.COUNT;
    }
    if (q.matches("^(why|for what reason|what caused|how come)\\b.*")) {
      return Expected.REASON;
    }
    if (q.matches("^which \\w+.*")) {
      return Expected.NAMED;
    }
    if (q.matches("^(who|whom|whose)\\b.*")) {
      return Expected.PERSON;
    }
    return Expected.ANY;
  }
}
