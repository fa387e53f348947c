"""What the timing_real scripts share: where the files are, and one way to write a record
(an exact date's end is its start; a deadline without an end ends on its day)."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
OUT = os.path.join(ROOT, "tests", "data", "timing_real.jsonl")
GOLD = os.path.join(ROOT, "tests", "data", "timing_gold.jsonl")

recs = []


def add(year, text, kind, start=None, end=None, src=None, **kw):
    if kind == "date" or (kind == "deadline" and end is None):
        end = start
    r = {"year": year, "input": text, "kind": kind, "start": start, "end": end}
    r.update(kw)
    r["source"] = src
    recs.append(r)
