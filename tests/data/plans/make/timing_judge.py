"""Scores a batch of timing records (a timing_firstsight_*.jsonl file) the way src/timing/tests.rs
judges them under docs/TIMING.md: kind in the same family (date/range/deadline one family unless
"strict_kind"), start and end within "tolerance_days", the recurrence's freq for recurring gold,
every span for multiple gold; a gold "unknown" is right only when the answer is unknown. Each text
is normalised by the built `plancal timing --year YEAR` (target/debug/plancal, which
`cargo test --test api` builds), so scoring needs no other build.

    python3 timing_judge.py ../../timing_firstsight_2026-12-07b.jsonl [path/to/plancal]

Prints every miss and the totals per language."""
import collections
import datetime
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
FAMILY = {"date": 0, "range": 0, "deadline": 0, "recurring": 1, "multiple": 2, "unknown": 3}


def near(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    d = datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)
    return abs(d.days) <= tol


def judge(g, t):
    ok_kind = g["kind"] == t["kind"] if g.get("strict_kind") else FAMILY[g["kind"]] == FAMILY[t["kind"]]
    if not ok_kind:
        return "kind %s, expected %s" % (t["kind"], g["kind"])
    if g["kind"] == "unknown":
        return None
    tol = g.get("tolerance_days", 0)
    if not (near(t.get("start"), g["start"], tol) and near(t.get("end"), g["end"], tol)):
        return "%s..%s, expected %s..%s" % (t.get("start"), t.get("end"), g["start"], g["end"])
    if g.get("freq"):
        got = (t.get("recurrence") or {}).get("freq")
        if got != g["freq"]:
            return "freq %s, expected %s" % (got, g["freq"])
    if g.get("spans") is not None:
        spans = t.get("spans") or []
        if len(spans) != len(g["spans"]) or not all(
                near(a["start"], b["start"], tol) and near(a["end"], b["end"], tol)
                for a, b in zip(g["spans"], spans)):
            return "spans %s, expected %s" % (spans, g["spans"])
    return None


def main():
    path = sys.argv[1]
    exe = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "target", "debug", "plancal")
    recs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    by_year = collections.defaultdict(list)
    for i, r in enumerate(recs):
        by_year[r["year"]].append(i)
    answers = {}
    for year, idx in by_year.items():
        # On stdin, one text a line: a text may start with "-", which as an argument reads as a flag.
        text = "".join(recs[i]["input"].replace("\n", " ") + "\n" for i in idx)
        out = subprocess.run([exe, "timing", "--year", year], input=text,
                             capture_output=True, text=True, check=True).stdout.splitlines()
        assert len(out) == len(idx), (year, len(out), len(idx))
        for i, line in zip(idx, out):
            answers[i] = json.loads(line)
    right = collections.Counter()
    total = collections.Counter()
    for i, r in enumerate(recs):
        lang = r.get("lang", "?")
        total[lang] += 1
        why = judge(r, answers[i])
        if why is None:
            right[lang] += 1
        else:
            print("MISS %s %s %r: %s (rule %s)" % (lang, r["year"], r["input"], why, answers[i].get("rule")))
    for lang in sorted(total):
        print("%s: %d/%d (%.1f%%)" % (lang, right[lang], total[lang], 100.0 * right[lang] / total[lang]))
    n, t = sum(right.values()), sum(total.values())
    print("all: %d/%d (%.1f%%)" % (n, t, 100.0 * n / t))


if __name__ == "__main__":
    main()
