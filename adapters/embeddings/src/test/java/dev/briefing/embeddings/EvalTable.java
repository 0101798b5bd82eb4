package dev.briefing.embeddings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The evaluation figures as Markdown, with the cases each variant gains or loses over BM25. */
final class EvalTable {
  private EvalTable() {}

  static String render(List<EvalRun> runs, List<String> sets) {
    StringBuilder out = new StringBuilder("\n| variant |");
    sets.forEach(s -> out.append(' ').append(s).append(" |"));
    out.append(
        " all | ask p50 ms | ask p99 ms | ask mean ms | analyze ms/article | load ms |\n|---|");
    sets.forEach(s -> out.append("---|"));
    out.append("---|---|---|---|---|---|\n");
    for (EvalRun r : runs) {
      out.append("| ").append(r.variant).append(" |");
      sets.forEach(s -> out.append(' ').append(r.passedIn(s)).append(" |"));
      out.append(
          String.format(
              Locale.ROOT,
              " %d/%d | %.2f | %.2f | %.2f | %.1f | %.0f |%n",
              r.passed(),
              r.total(),
              r.askMillis(50),
              r.askMillis(99),
              r.meanAskMillis(),
              r.analyzeMillisPerArticle,
              r.loadMillis));
    }
    EvalRun base = runs.get(0);
    for (EvalRun r : runs.subList(1, runs.size())) {
      List<String> gained = new ArrayList<>();
      List<String> lost = new ArrayList<>();
      for (String id : r.outcomes.keySet()) {
        if (r.passes(id) && !base.passes(id)) {
          gained.add(id);
        } else if (!r.passes(id) && base.passes(id)) {
          lost.add(id);
        }
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%n%s vs %s:%n  gains %s%n  loses %s%n",
              r.variant,
              base.variant,
              gained,
              lost));
    }
    out.append("\nstill failing with BM25 alone: ");
    out.append(
        base.outcomes.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(e -> e.getKey())
            .toList());
    return out.append('\n').toString();
  }
}
