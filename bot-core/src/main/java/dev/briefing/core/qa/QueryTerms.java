package dev.briefing.core.qa;

import dev.briefing.core.retrieval.LuceneSentenceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a question worth searching for: question words dropped, related news words ("cost"
 * also finds "price"), and derivations the stemmer keeps apart ("close", "closure").
 */
final class QueryTerms {
  private QueryTerms() {}

  static final String QUESTION_WORDS =
      "\\b(what|when|where|who|whom|whose|why|which|how|much|many|did|does|do|done|could|would|should"
          + "|can|has|have|had|was|were|is|are|will|the article|article|story|tell me|me|about"
          + "|happen|happened|exactly|according)\\b";

  static final Map<String, List<String>> RELATED =
      Map.ofEntries(
          Map.entry(
              "want",
              List.of(
                  "demand", "concern", "seek", "wish", "goal", "aim", "call", "insist", "push",
                  "ask")),
          Map.entry(
              "cost",
              List.of("price", "spend", "euros", "dollars", "budget", "million", "billion")),
          Map.entry("begin", List.of("start", "open", "launch", "commence", "work")),
          Map.entry("start", List.of("begin", "open", "launch", "commence")),
          Map.entry("end", List.of("finish", "complete", "close", "conclude")),
          Map.entry("earn", List.of("revenue", "profit", "income", "sales")),
          Map.entry("plan", List.of("intend", "schedule", "will", "propose")),
          Map.entry("die", List.of("dead", "kill", "death", "fatal")),
          Map.entry("kill", List.of("dead", "die", "death")),
          Map.entry("hire", List.of("recruit", "employ", "staff")),
          Map.entry("win", List.of("beat", "victory", "won", "defeat", "upset", "triumph")),
          Map.entry("lose", List.of("defeat", "loss", "lost", "beaten")),
          Map.entry("worri", List.of("concern", "fear", "warn", "risk")),
          Map.entry("concern", List.of("worry", "fear", "risk", "demand")),
          Map.entry("decid", List.of("vote", "approve", "reject", "decision", "rule")),
          Map.entry("result", List.of("outcome", "vote", "score")),
          Map.entry("cut", List.of("lower", "reduce", "slash", "trim", "cut")),
          Map.entry("outlook", List.of("forecast", "guidance", "expect")),
          Map.entry("forecast", List.of("outlook", "guidance", "expect")),
          Map.entry("rais", List.of("increase", "lift", "boost")),
          Map.entry("fall", List.of("drop", "decline", "slip", "fell")),
          Map.entry("rise", List.of("increase", "jump", "climb", "grow", "rose")),
          Map.entry("close", List.of("closure", "shut")),
          Map.entry("build", List.of("construction", "construct")),
          Map.entry("pai", List.of("cost", "spend", "fund")),
          Map.entry("big", List.of("size", "area", "large", "kilometr", "mile")),
          Map.entry("larg", List.of("size", "area", "big")),
          Map.entry("old", List.of("age", "year")),
          Map.entry("far", List.of("distanc", "kilometr", "mile")),
          Map.entry("hot", List.of("temperatur", "heat", "degre")),
          Map.entry("cold", List.of("temperatur", "freez", "degre", "frost")),
          Map.entry("won", List.of("win", "beat", "victory", "defeat", "upset", "triumph")),
          Map.entry("beat", List.of("defeat", "upset", "won", "win", "victory")),
          Map.entry("lost", List.of("lose", "defeat", "loss", "beaten")),
          Map.entry("find", List.of("discov", "found", "reveal", "show")),
          Map.entry("discov", List.of("find", "found", "reveal")));

  /** Stems the amount itself answers in a how-much question. */
  static final Set<String> MONEY_TERMS =
      Set.of("cost", "price", "spend", "worth", "pai", "paid", "fee", "budget", "valu", "charg");

  static final Set<String> GENERIC_VERBS =
      Set.of(
          "spend", "take", "get", "make", "go", "come", "happen", "sai", "do", "have", "becom",
          "need", "want", "us", "see", "give", "keep", "put", "run", "hold", "expect", "plan",
          "start", "end", "lead", "mean", "tell", "know", "think", "look", "find", "show");

  /** Derivations of one root that the stemmer keeps apart: "close" and "closur". */
  static boolean sameRoot(String term, String other) {
    String root = term.endsWith("e") ? term.substring(0, term.length() - 1) : term;
    return root.length() >= 4
        && !other.equals(term)
        && other.startsWith(root)
        && other.length() - root.length() <= 4;
  }

  static List<String> related(LuceneSentenceIndex index, String term) {
    List<String> out = new ArrayList<>();
    if (term.endsWith("li") && term.length() > 4) {
      out.add(term.substring(0, term.length() - 2)); // "quarterly" -> "quarter"
    }
    for (String r : RELATED.getOrDefault(term, List.of())) {
      out.addAll(index.terms(r));
    }
    out.remove(term);
    return out;
  }
}
