package dev.briefing.core.qa;

import dev.briefing.core.entity.Entity;
import dev.briefing.core.entity.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One label per person, the same in every article: among the names that can be one another's (one a
 * run of the other's words: "Gordon Brown" and "Exchequer Gordon Brown", not "Sherrod Brown"), the
 * one most articles write, a full name before a surname, the shorter on a tie; the role in brackets
 * only when every article that gives one gives the same.
 */
final class SpeakerLabels {
  private SpeakerLabels() {}

  /** A person as one article names them: the name, and the first role or "". */
  record Speaker(String name, String role) {
    static Speaker of(Entity e) {
      return new Speaker(e.name(), e.roles().isEmpty() ? "" : e.roles().get(0).text());
    }
  }

  /** Each speaker's label, in the same order. */
  static List<String> of(List<Speaker> speakers) {
    List<List<String>> names = speakers.stream().map(s -> tokens(s.name())).toList();
    Map<List<String>, Integer> uses = new HashMap<>();
    names.forEach(t -> uses.merge(t, 1, Integer::sum));
    int[] person = new int[speakers.size()];
    for (int i = 0; i < person.length; i++) {
      person[i] = -1;
      for (int j = 0; j < person.length; j++) {
        if (alike(names.get(i), names.get(j))
            && (person[i] < 0 || better(names.get(j), names.get(person[i]), uses))) {
          person[i] = j;
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < person.length; i++) {
      Set<String> roles = new LinkedHashSet<>();
      String role = "";
      for (int j = 0; j < person.length; j++) {
        String r = speakers.get(j).role();
        if (names.get(person[j]).equals(names.get(person[i])) && !r.isEmpty()) {
          role = role.isEmpty() ? r : role;
          roles.add(r.toLowerCase(Locale.ROOT));
        }
      }
      String name = speakers.get(person[i]).name();
      out.add(roles.size() == 1 ? name + " (" + role + ")" : name);
    }
    return out;
  }

  /** The distinct labels of these speakers, in first-seen order. */
  static List<String> distinct(List<Speaker> speakers) {
    return List.copyOf(new LinkedHashSet<>(of(speakers)));
  }

  private static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      String n = Names.normalize(w);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Whether one name's words are a run of the other's. */
  private static boolean alike(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.equals(b);
    }
    return Collections.indexOfSubList(a, b) >= 0 || Collections.indexOfSubList(b, a) >= 0;
  }

  /** Whether name {@code a} labels a person better than {@code b}. */
  private static boolean better(List<String> a, List<String> b, Map<List<String>, Integer> uses) {
    int byUses = Integer.compare(uses.get(a), uses.get(b));
    if (byUses != 0) {
      return byUses > 0;
    }
    boolean fullA = a.size() > 1;
    if (fullA != b.size() > 1) {
      return fullA;
    }
    return a.size() < b.size();
  }

  /** A label without its role. */
  static String bare(String label) {
    int bracket = label.indexOf(" (");
    return bracket < 0 ? label : label.substring(0, bracket);
  }
}
