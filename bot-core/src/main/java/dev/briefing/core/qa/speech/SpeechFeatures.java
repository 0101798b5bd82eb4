package dev.briefing.core.qa.speech;

import dev.briefing.core.analysis.ArticleAnalysis;
import dev.briefing.core.analysis.Attribution;
import dev.briefing.core.analysis.Mention;
import dev.briefing.core.entity.Entity;
import dev.briefing.core.model.Article;
import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.qa.IndexedArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a sentence shows about whether a source speaks in it: how the sentence names the source, the
 * verbs and prepositions around that name, quotation marks, and what the rule-based discourse
 * analysis concluded. The features are words and flags, not weights: {@link SpeechModel} learned
 * from hand-annotated news which of them mark speech.
 */
public final class SpeechFeatures {
  /** The rule-based analysis says the source speaks here, in its own quoted words. */
  static final String ENGINE_DIRECT = "engine=direct";

  /** The rule-based analysis says the source speaks here, reported. */
  static final String ENGINE_INDIRECT = "engine=indirect";

  /** Whether the features say the rule-based analysis attributes the sentence to the source. */
  public static boolean ruled(List<String> features) {
    return features.contains(ENGINE_DIRECT) || features.contains(ENGINE_INDIRECT);
  }

  /** How far after a name its verb may stand: "Ann Porter, a historian at Leeds, said". */
  private static final int VERB_WINDOW = 14;

  private SpeechFeatures() {}

  /**
   * The features of every sentence linked to the source: one that names it, refers to it, or that
   * the discourse analysis attributes to it. Sentences without a link are left out.
   *
   * @return sentence number → features, in article order
   */
  public static Map<Integer, List<String>> of(IndexedArticle a, SpeechTarget target) {
    Article article = a.article();
    ArticleAnalysis analysis = a.analysis();
    QuoteState quotes = QuoteState.of(article.sentences(), analysis.tagged());
    Set<Integer> engine = new TreeSet<>();
    Set<Integer> engineOther = new TreeSet<>();
    for (Attribution at : analysis.attributions()) {
      (target.entities().contains(at.speaker()) ? engine : engineOther).add(at.sentence());
    }
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    int count = article.sentences().size();
    for (int n = 1; n <= count; n++) {
      if (article.sentence(n).paragraph() == 0) {
        continue; // the headline: who speaks is told in the body
      }
      TaggedSentence s = analysis.tagged().get(n - 1);
      List<Mention> mentions = analysis.mentions().get(n - 1);
      List<int[]> mentioned = mentionSpans(mentions, target, false);
      List<int[]> names = mentioned.isEmpty() ? SpeechTarget.phrases(s, target.words()) : mentioned;
      List<int[]> pronouns = mentionSpans(mentions, target, true);
      boolean attributed = engine.contains(n);
      if (names.isEmpty() && pronouns.isEmpty() && !attributed) {
        continue;
      }
      List<String> f = new ArrayList<>();
      f.add("bias");
      f.add(names.isEmpty() ? (pronouns.isEmpty() ? "link=engine" : "link=pronoun") : "link=name");
      if (mentioned.isEmpty() && !names.isEmpty()) {
        f.add("link=words_only"); // the analysis found no entity there, only the words
      }
      if (attributed) {
        f.add(direct(analysis, target, n) ? ENGINE_DIRECT : ENGINE_INDIRECT);
      }
      if (engineOther.contains(n)) {
        f.add(attributed ? "engine_other=also" : "engine_other=only");
      }
      List<int[]> positions = names.isEmpty() ? pronouns : names;
      if (!positions.isEmpty()) {
        around(s, quotes, n, positions.get(0), f); // the first mention
      }
      sentence(s, quotes, n, f);
      f.add("prev_engine=" + engine.contains(n - 1));
      f.add("next_engine=" + engine.contains(n + 1));
      if (names.size() > 1) {
        f.add("names=many");
      }
      out.put(n, List.copyOf(new LinkedHashSet<>(f)));
    }
    return withQuoteChains(out, quotes, count);
  }

  /**
   * Adds the sentences of a quotation that runs on from, or into, a described sentence: in "“We
   * will win. We always do,” Smith said." both sentences are Smith's words.
   */
  private static Map<Integer, List<String>> withQuoteChains(
      Map<Integer, List<String>> linked, QuoteState quotes, int count) {
    Map<Integer, List<String>> out = new java.util.TreeMap<>(linked);
    for (int n = 2; n <= count; n++) {
      if (!out.containsKey(n) && quotes.continued(n) && out.containsKey(n - 1)) {
        out.put(n, chained("after", out.get(n - 1), quotes, n));
      }
    }
    for (int n = count - 1; n >= 1; n--) {
      if (!out.containsKey(n) && quotes.continued(n + 1) && out.containsKey(n + 1)) {
        out.put(n, chained("before", out.get(n + 1), quotes, n));
      }
    }
    return new LinkedHashMap<>(out);
  }

  /** A quotation's sentence described by the sentence that names its speaker. */
  private static List<String> chained(String side, List<String> anchor, QuoteState quotes, int n) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    f.add("link=quote_" + side);
    for (String a : anchor) {
      if (a.startsWith("verb_")
          || a.startsWith("link=")
          || a.startsWith("engine=")
          || a.equals("according_to")) {
        f.add("anchor_" + a);
      }
    }
    double share = quotes.quotedShare(n);
    f.add("quoted=" + (share < 0.5 ? "some" : share < 0.9 ? "most" : "all"));
    return f;
  }

  private static boolean direct(ArticleAnalysis analysis, SpeechTarget target, int n) {
    for (Entity e : target.entities()) {
      Boolean d = analysis.speeches().getOrDefault(e, new java.util.TreeMap<>()).get(n);
      if (Boolean.TRUE.equals(d)) {
        return true;
      }
    }
    return false;
  }

  /** Token spans [start, end) where the analysis found the target named (or a pronoun for it). */
  private static List<int[]> mentionSpans(
      List<Mention> mentions, SpeechTarget target, boolean pronouns) {
    List<int[]> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.pronoun() == pronouns && target.entities().contains(m.entity())) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /** The words around the name: its verb, the verb before it, "according to", a possessive. */
  private static void around(TaggedSentence s, QuoteState quotes, int n, int[] at, List<String> f) {
    int start = at[0];
    int end = at[1];
    if (quotes.quoted(n, start)) {
      f.add("name_quoted");
    }
    f.add("name_pos=" + (start == 0 ? "first" : start <= 3 ? "early" : "later"));
    boolean possessive =
        end < s.size() && s.get(end).text().matches("['’]s?")
            || s.get(end - 1).text().matches(".+['’]s?"); // "Reyes's" may be one token
    if (possessive) {
      f.add("possessive");
    }
    int verbAfter = verbAfter(s, end);
    if (relativeClause(s, end)) {
      f.add("relative_clause");
    }
    if (possessive && verbAfter >= 0) {
      f.add("possessive&verb_after=" + s.get(verbAfter).lemma()); // "Reyes's lawyer said"
    }
    if (verbAfter < 0) {
      f.add("verb_after=none");
    } else {
      String lemma = s.get(verbAfter).lemma();
      f.add("verb_after=" + lemma);
      f.add("verb_after=" + lemma + "&gap=" + bucket(verbAfter - end));
      f.add("verb_after_quoted=" + quotes.quoted(n, verbAfter));
      if (verbAfter + 1 < s.size()) {
        f.add("verb_after=" + lemma + "&next=" + shape(s.get(verbAfter + 1)));
      }
    }
    int verbBefore = verbBefore(s, start);
    if (verbBefore >= 0) {
      f.add("verb_before=" + s.get(verbBefore).lemma());
      String before = verbBefore == 0 ? "start" : shape(s.get(verbBefore - 1));
      f.add("verb_before_prev=" + before);
      f.add("verb_before=" + s.get(verbBefore).lemma() + "&prev=" + before);
    }
    f.add("governor=" + governor(s, start));
    if (thatClauseBefore(s, start)) {
      f.add("inside_that_clause"); // "argued that he had been pressured by X": X is spoken of
    }
    if (start > 0) {
      Token prev = s.get(start - 1);
      f.add("prev=" + shape(prev));
      int to = start - 1;
      while (to > 0 && to >= start - 4 && modifier(s.get(to))) {
        to--; // "according to the state Division of Gaming Enforcement"
      }
      if (to > 0 && s.get(to).lower().equals("to") && s.get(to - 1).lower().equals("according")) {
        f.add("according_to");
      }
    }
    f.add("next=" + (end < s.size() ? shape(s.get(end)) : "end"));
  }

  /**
   * The word that governs the name's noun phrase, past its title and an appositive: "by" in "by the
   * company's founder, Nadia Rahimi", the verb in "said Oliver Baptiste".
   */
  private static String governor(TaggedSentence s, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 8); k--) {
      Token t = s.get(k);
      if (!modifier(t)
          && !t.text().equals(",")
          && !t.tag().startsWith("PART")
          && !t.text().equals(".")) {
        return shape(t);
      }
    }
    return start == 0 ? "start" : "far";
  }

  /** Whether a "that" after a verb opens a clause before the name. */
  private static boolean thatClauseBefore(TaggedSentence s, int start) {
    for (int k = 1; k < start; k++) {
      if (s.get(k).lower().equals("that") && s.get(k - 1).tag().startsWith("VERB")) {
        return true;
      }
    }
    return false;
  }

  /** "the regional civil protection agency": words before a name that describe it. */
  private static boolean modifier(Token t) {
    return t.tag().startsWith("DET")
        || t.tag().startsWith("ADJ")
        || t.tag().startsWith("NOUN")
        || t.tag().startsWith("PROPN");
  }

  /** Features of the sentence as a whole: its verbs, quotation marks and length. */
  private static void sentence(TaggedSentence s, QuoteState quotes, int n, List<String> f) {
    for (int k = 0; k < s.size(); k++) {
      if (s.get(k).tag().startsWith("VERB") && !quotes.quoted(n, k)) {
        f.add("verb=" + s.get(k).lemma());
      }
    }
    double share = quotes.quotedShare(n);
    f.add("quoted=" + (share == 0 ? "none" : share < 0.5 ? "some" : share < 0.9 ? "most" : "all"));
    if (quotes.continued(n)) {
      f.add("continues_quote");
    }
    f.add("length=" + (s.size() < 12 ? "short" : s.size() < 30 ? "medium" : "long"));
    if (s.text().contains(":")) {
      f.add("colon");
    }
  }

  /** The first verb after the name outside an appositive: "X, a historian, said" → said. */
  private static int verbAfter(TaggedSentence s, int end) {
    if (relativeClause(s, end)) {
      for (int k = end + 2; k < Math.min(s.size(), end + VERB_WINDOW); k++) {
        if (s.get(k).tag().startsWith("VERB")) {
          return k; // "X, who pleaded guilty": what X did, told by someone else
        }
      }
    }
    boolean inAppositive = false;
    for (int k = end; k < Math.min(s.size(), end + VERB_WINDOW); k++) {
      Token t = s.get(k);
      if (t.text().equals(",")) {
        inAppositive = !inAppositive && k == end;
        continue;
      }
      if (!inAppositive && t.tag().startsWith("VERB")) {
        return k;
      }
      if (!inAppositive && (t.text().equals(".") || t.text().equals(";"))) {
        return -1;
      }
    }
    return -1;
  }

  /** ", who ..." right after the name. */
  private static boolean relativeClause(TaggedSentence s, int end) {
    return end + 1 < s.size()
        && s.get(end).text().equals(",")
        && (s.get(end + 1).lower().equals("who") || s.get(end + 1).lower().equals("which"));
  }

  /** The verb right before the name, past its title words: "said Sen. Ruth Hale". */
  private static int verbBefore(TaggedSentence s, int start) {
    for (int k = start - 1; k >= Math.max(0, start - 5); k--) {
      Token t = s.get(k);
      if (t.tag().startsWith("VERB")) {
        return k;
      }
      if (!(t.tag().startsWith("PROPN")
          || t.tag().startsWith("NOUN")
          || t.tag().startsWith("ADJ")
          || t.tag().startsWith("DET")
          || t.text().equals("."))) {
        return -1;
      }
    }
    return -1;
  }

  /** A token as a feature value: punctuation and function words as written, others by tag. */
  private static String shape(Token t) {
    if (t.hasTag("PUNCT", "ADP", "SCONJ", "PRON", "DET", "CCONJ", "PART", "AUX")) {
      return t.lower();
    }
    if (t.hasTag("VERB")) {
      return "VERB:" + t.lemma();
    }
    return t.tag();
  }

  private static String bucket(int gap) {
    return gap <= 0 ? "0" : gap == 1 ? "1" : gap <= 3 ? "2-3" : gap <= 7 ? "4-7" : "8+";
  }
}
