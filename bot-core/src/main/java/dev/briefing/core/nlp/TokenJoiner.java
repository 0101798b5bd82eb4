package dev.briefing.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Mends tokens the tokenizer splits apart: "Sen" + "." (a title), "Jean" + "-Pierre" (a hyphenated
 * name).
 */
final class TokenJoiner {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
          "rev", "hon", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar",
          "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "mt", "supt", "det",
          "insp", "adm", "cmdr", "pres");

  private TokenJoiner() {}

  static Span[] join(String text, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      Span current = spans[i];
      while (true) {
        if (i + 1 < spans.length && joins(text, current, spans[i + 1], i + 1 == spans.length - 1)) {
          current = new Span(current.getStart(), spans[++i].getEnd());
        } else if (i + 2 < spans.length && hyphenated(text, current, spans[i + 1], spans[i + 2])) {
          current = new Span(current.getStart(), spans[i + 2].getEnd()); // "Jean" "-" "Pierre"
          i += 2;
        } else {
          break;
        }
      }
      out.add(current);
    }
    return out.toArray(new Span[0]);
  }

  private static boolean hyphenated(String text, Span left, Span hyphen, Span right) {
    String h = text.substring(hyphen.getStart(), hyphen.getEnd());
    return h.equals("-")
        && left.getEnd() == hyphen.getStart()
        && hyphen.getEnd() == right.getStart()
        && Character.isUpperCase(text.codePointAt(left.getStart()))
        && Character.isUpperCase(text.codePointAt(right.getStart()));
  }

  private static boolean joins(String text, Span left, Span right, boolean rightIsLast) {
    if (left.getEnd() != right.getStart()) {
      return false;
    }
    String l = text.substring(left.getStart(), left.getEnd());
    String r = text.substring(right.getStart(), right.getEnd());
    if (r.equals(".")) {
      return !rightIsLast && ABBREVIATIONS.contains(l.toLowerCase(Locale.ROOT));
    }
    boolean capitalLeft = !l.isEmpty() && Character.isUpperCase(l.codePointAt(0));
    if (r.length() > 1 && r.charAt(0) == '-' && Character.isUpperCase(r.codePointAt(1))) {
      return capitalLeft; // "Jean" + "-Pierre"
    }
    return capitalLeft && l.endsWith("-") && Character.isUpperCase(r.codePointAt(0));
  }
}
