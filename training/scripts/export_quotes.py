#!/usr/bin/env python3
"""Exports who-said-what training questions from the PolNeAR annotations for SpeechModelTrainer.

The questions are built exactly as ../shared/eval/quotes/quote_eval.py builds them (its build()
is imported from the path given), so the model learns the task that is measured. Only the split
named is exported; train on `train`, never on `dev`. Nothing of the data is kept in the project.

  python3 training/scripts/export_quotes.py ../shared/eval/quotes train > /tmp/quotes-train.jsonl

One JSON line per article: {"id", "text", "questions": [{"question", "kind", "gold", "speech"}],
"neutral"}, where gold, speech and neutral are [start, end] character spans of attributed content.
"""
import collections, importlib.util, json, os, sys


def main():
    folder, split = sys.argv[1], sys.argv[2]
    spec = importlib.util.spec_from_file_location("quote_eval", os.path.join(folder, "quote_eval.py"))
    qe = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(qe)
    qs = qe.build(os.path.join(folder, "polnear-train-dev.jsonl"), split)
    by = collections.OrderedDict()
    for q in qs:
        by.setdefault(q["article"]["id"], []).append(q)
    span = lambda r: [r["content"]["start"], r["content"]["end"]]
    for aid, group in by.items():
        a = group[0]["article"]
        neutral = [span(r) for r in a["attributions"]
                   if r["content"] and (not r["source"] or not qe.named(r["source"]["text"]))]
        out = {"id": aid, "text": a["text"], "neutral": neutral,
               "questions": [{"question": q["question"], "kind": q["kind"],
                              "gold": [span(r) for r in q["gold"]],
                              "speech": [span(r) for r in q["speech"]]} for q in group]}
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
