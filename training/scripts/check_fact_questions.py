#!/usr/bin/env python3
"""Checks a set of the project's own fact questions (training/fact-data/*/questions.jsonl).

Each line: {"id", "article_id", "article_path" (relative to the file), "question", "answers": [..],
"is_impossible", "kind"}. An answerable question's every answer must occur inside one sentence of
its article (case and white space folded), so a cited sentence can be checked for it; an
unanswerable one has no answers. Usage: check_fact_questions.py training/fact-data/NAME/questions.jsonl
"""
import collections
import json
import os
import re
import sys

KINDS = {"paraphrase", "typo", "negation", "antonym", "entity_swap", "mutual_exclusion",
         "impossible_condition", "other_neutral"}


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def sentences(text):
    out = []
    for par in re.split(r"\n\s*\n", text):
        out += re.split(r"(?<=[.!?])[\"”’')\]]*\s+(?=[A-Z\"“(])", par.strip())
    return [norm(s) for s in out if s.strip()]


def main(path):
    problems = []
    counts = collections.Counter()
    ids = set()
    base = os.path.dirname(path)
    cache = {}
    for no, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except ValueError as e:
            problems.append(f"line {no}: not JSON: {e}")
            continue
        for key in ("id", "article_id", "article_path", "question", "answers", "is_impossible", "kind"):
            if key not in q:
                problems.append(f"line {no}: no {key}")
        if q.get("id") in ids:
            problems.append(f"line {no}: duplicate id {q.get('id')}")
        ids.add(q.get("id"))
        if q.get("kind") not in KINDS:
            problems.append(f"line {no}: kind {q.get('kind')!r} not one of {sorted(KINDS)}")
        apath = os.path.join(base, q.get("article_path", ""))
        if apath not in cache:
            if not os.path.exists(apath):
                problems.append(f"line {no}: no article {apath}")
                continue
            cache[apath] = sentences(open(apath, encoding="utf-8").read())
        sents = cache[apath]
        if q.get("is_impossible"):
            if q.get("answers"):
                problems.append(f"line {no}: an unanswerable question has answers")
            if q.get("kind") in ("paraphrase", "typo"):
                problems.append(f"line {no}: an unanswerable question's kind must say how it was made")
            counts["unanswerable"] += 1
        else:
            if not q.get("answers"):
                problems.append(f"line {no}: an answerable question needs answers")
            for a in q.get("answers", []):
                if not any(norm(a) in s for s in sents):
                    problems.append(f"line {no}: answer {a!r} is not inside one sentence of {q['article_path']}")
            counts["answerable"] += 1
        counts[q.get("kind")] += 1
    for p in problems:
        print(p)
    print(dict(counts))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
