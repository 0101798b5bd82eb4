package dev.briefing.core.analysis;

import dev.briefing.core.nlp.TaggedSentence;
import dev.briefing.core.nlp.Token;
import dev.briefing.core.text.Lexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds runs of capitalized words and splits each into a role part and a name part: "UN Secretary
 * General | Ana Costa", "Russian Foreign Minister | Tomas Berger".
 */
final class NameChunker {
  /**
   * A run of capitalized words.
   *
   * @param start first token
   * @param end token after the last
   * @param nameStart first token of the name part ({@code end} when the run is only a role)
   * @param organization whether the run names an organisation ("Brandt Bank", "UN")
   * @param acronym an acronym given in parentheses right after the run, or null
   */
  record Run(int start, int end, int nameStart, boolean organization, String acronym) {
    boolean hasRole() {
      return nameStart > start;
    }

    boolean hasName() {
      return nameStart < end;
    }
  }

  private NameChunker() {}

  static List<Run> runs(TaggedSentence s) {
    List<Run> runs = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      if (!Words.isProperish(s, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      boolean roleOrOrg = Words.isTitle(s.get(i)) || Words.isOrgWord(s.get(i));
      while (end < s.size()) {
        if (Words.isProperish(s, end)) {
          roleOrOrg |= Words.isTitle(s.get(end)) || Words.isOrgWord(s.get(end));
          end++;
        } else if (roleOrOrg
            && Words.isConnector(s.get(end))
            && connectsTo(s, end + 1)
            && (Words.isTitle(s.get(end - 1)) || Words.isOrgWord(s.get(end - 1)))) {
          end += s.get(end + 1).lower().equals("the") ? 2 : 1;
        } else {
          break;
        }
      }
      runs.add(segment(s, i, end));
      i = end;
    }
    return runs;
  }

  private static boolean connectsTo(TaggedSentence s, int i) {
    if (i >= s.size()) {
      return false;
    }
    if (s.get(i).lower().equals("the")) {
      return i + 1 < s.size() && Words.isProperish(s, i + 1);
    }
    return Words.isProperish(s, i);
  }

  private static Run segment(TaggedSentence s, int start, int end) {
    String acronym = null;
    if (end + 2 < s.size()
        && s.get(end).text().equals("(")
        && Lexicon.isAcronym(s.get(end + 1).text())
        && s.get(end + 2).text().equals(")")) {
      acronym = s.get(end + 1).text();
    }
    Token last = s.get(end - 1);
    boolean single = end - start == 1;
    if ((single && Lexicon.isAcronym(last.text()))
        || (Words.isOrgWord(last) && !Words.isTitle(last) && !startsWithRoleOf(s, start, end))
        || (orgBeforeConnector(s, start, end) && !startsWithRoleOf(s, start, end))) {
      return new Run(start, end, start, true, acronym);
    }
    int nameStart = end;
    while (nameStart > start
        && end - nameStart < 4
        && !Words.isTitle(s.get(nameStart - 1))
        && !Words.isConnector(s.get(nameStart - 1))
        && !Words.isOrgWord(s.get(nameStart - 1))
        && !Lexicon.isAcronym(s.get(nameStart - 1).text())) {
      nameStart--;
    }
    boolean titled = false;
    for (int k = start; k < nameStart; k++) {
      titled |= Words.isTitle(s.get(k));
    }
    if (!titled && nameStart > start && !Words.isOrgWord(s.get(nameStart - 1))) {
      nameStart = start; // "United States": no title before, so it is all name
    }
    if (nameStart > start && Words.isConnector(s.get(nameStart - 1)) && end - nameStart >= 2) {
      nameStart++; // "Ambassador to Paris Paul Reed": the place belongs to the role
    }
    if (nameStart == end && Lexicon.isAcronym(last.text())) {
      nameStart = end - 1;
    }
    return new Run(start, end, nameStart, false, acronym);
  }

  /** "Bank of England", "Centre for Fiscal Policy": an organisation word before a connector. */
  private static boolean orgBeforeConnector(TaggedSentence s, int start, int end) {
    boolean org = false;
    for (int k = start; k < end; k++) {
      if (Words.isConnector(s.get(k))) {
        return org;
      }
      org |= Words.isOrgWord(s.get(k));
    }
    return false;
  }

  /** "Head of the German Foreign Intelligence Agency" is a role, not an organisation's name. */
  private static boolean startsWithRoleOf(TaggedSentence s, int start, int end) {
    if (!Lexicon.ROLE_HEADS.contains(s.get(start).lower())) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      if (Words.isConnector(s.get(k))) {
        return true;
      }
    }
    return false;
  }
}
