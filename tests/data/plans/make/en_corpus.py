"""Shared helper for the English real-plan batches (tests/data/plans/en-03 onwards).

The layouts are vi_corpus.Plan's (Word paragraphs and tables, Excel sheets, Word "save as
text"); this adds the batch each plan was first scored in (tests/data/FIRST_SIGHT.md) to its
expected file, and CSV as a spreadsheet exports it. Regenerate with:

    cd tests/data/plans/make && for f in en_[0-9]*.py; do python3 $f; done
"""

import csv
import io
import os

from vi_corpus import OUT, Plan, ev, _plain_cell  # noqa: F401  (ev is re-exported)


class EnPlan(Plan):
    def __init__(self, name, source, batch, kind="other", academic_year=None, title_col=1):
        super().__init__(name, source, kind, academic_year=academic_year,
                         title_col=title_col, lang="en")
        self.batch = batch

    def expected(self):
        d = super().expected()
        events = d.pop("events")
        d["batch"] = self.batch
        d["events"] = events
        return d

    def event(self, title, e):
        """An expected event whose title is not a cell of its own (a line's text after its
        date, one item of a packed cell)."""
        self._add_event(title, e)
        return self

    def save_csv(self, newline="\r\n"):
        """As a spreadsheet's "save as CSV" gives it: paragraphs and section rows in the first
        column, table rows cell by cell."""
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator=newline)
        for b in self.blocks:
            if b[0] == "p":
                w.writerow([b[1]])
                continue
            for kind, cells in b[1]:
                if kind == "merged":
                    w.writerow([cells])
                else:
                    w.writerow([_plain_cell(v) for v in cells])
        with open(os.path.join(OUT, self.name + ".csv"), "wb") as f:
            f.write(buf.getvalue().encode("utf-8"))
        self.write_expected()
