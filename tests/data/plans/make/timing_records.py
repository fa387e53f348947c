import json
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


def whole(year):
    """The academic year's first and last day."""
    a, b = year.split("-")
    return f"{a}-09-01", f"{b}-08-31"


def recurring(year, text, freq, src, **kw):
    a, b = whole(year)
    add(year, text, "recurring", a, b, src, freq=freq, **kw)


def days(*ds):
    """Spans of single days, adjacent days joined (TIMING.md: two adjacent days are one)."""
    import datetime
    out = []
    for d in ds:
        if out and (datetime.date.fromisoformat(d) - datetime.date.fromisoformat(out[-1]["end"])).days == 1:
            out[-1]["end"] = d
        else:
            out.append({"start": d, "end": d})
    return out


def multiple(year, text, spans, src):
    add(year, text, "multiple", spans[0]["start"], spans[-1]["end"], src, spans=spans)


def habit(year, text, freq, src, **kw):
    """A habit in a first-sight batch: its window may differ from the reading by a term (92
    days)."""
    recurring(year, text, freq, src, tolerance_days=92, **kw)


def lang(code):
    """Tags every record added since the last call with its language."""
    for r in recs:
        r.setdefault("lang", code)


def write_batch(path):
    """Writes the records once each (the first of a text read in the same year), one JSON
    object a line, and says how many of each language."""
    seen, out = set(), []
    for r in recs:
        key = (r["year"], r["input"].strip().lower())
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "records:", {c: sum(r["lang"] == c for r in out) for c in ("ru", "vi", "en")})
