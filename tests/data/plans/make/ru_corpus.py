"""Shared helper for the Russian real-plan corpus (tests/data/plans/ru-*).

Each ru_NN_*.py script in this folder holds one real, publicly published plan as it was
laid out (title paragraphs, goals, the table or the numbered paragraphs) together with what
a person reading it would list (the expected events), and writes both files:

    ../ru-NN-name.{docx,xlsx,txt}   the plan, as Word / Excel / Word "save as text" gives it
    ../ru-NN-name.expected.json     what tests/real_plans.rs scores the importer against

Regenerate everything with:  cd tests/data/plans/make && for f in ru_*.py; do python3 $f; done
(needs: pip install python-docx openpyxl). The wording of every row is kept as published,
typos included; where the stored copy only held the opening rows, only those rows are here.
"""

import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def ev(start=None, end=None, title=None, **kw):
    """One expected event. start/end: ISO dates or None (honest unknown); end defaults to
    start. title: override of the title prefix (defaults to the row's title cell).
    kw: roles, people, partners, location, precision."""
    d = {"start": start, "end": end if end is not None or start is None else start}
    if title is not None:
        d["title"] = title
    d.update(kw)
    return d


def title_prefix(text, limit=45):
    """First words of a title as written: whole title when short, else cut at a word
    boundary after >= 20 characters."""
    t = " ".join(text.replace("\v", " ").split())
    if len(t) <= limit:
        return t
    cut = t[:limit]
    sp = cut.rfind(" ")
    if sp >= 20:
        cut = cut[:sp]
    return cut.rstrip(" ,;:-–")


class Plan:
    def __init__(self, name, source, kind, academic_year=None, title_col=1, batch=None):
        self.name = name
        # The first-sight batch the plan was added in (tests/data/FIRST_SIGHT.md).
        self.batch = batch
        self.source = source
        self.kind = kind
        self.academic_year = academic_year
        self.title_col = title_col
        self.blocks = []  # ("p", text, style) | ("table", rows)
        self.events = []
        self._rows = None

    # ---- layout ----------------------------------------------------------------------
    def para(self, text, style=None, bold=False, center=False):
        self.blocks.append(("p", text, style, bold, center))
        return self

    def bullets(self, items, style="List Bullet"):
        for it in items:
            self.para(it, style=style)
        return self

    def table(self, header, title_col=None):
        """Starts a table; header is a list of cells (a cell may hold "\n" for separate
        paragraphs or "\v" for a line break)."""
        self._rows = [("header", header)]
        self.blocks.append(("table", self._rows))
        if title_col is not None:
            self.title_col = title_col
        return self

    def section(self, text):
        """A section row: one cell merged across the whole row."""
        self._rows.append(("merged", text))
        return self

    def row(self, cells, *expected):
        """A table row; each expected event gets its title prefix from the title cell
        unless it names one."""
        self._rows.append(("row", cells))
        for e in expected:
            self._add_event(cells[self.title_col] if isinstance(cells[self.title_col], str)
                            else " ".join(cells[self.title_col]), e)
        return self

    def item(self, text, *expected, style=None, title=None):
        """A paragraph holding an event (plans without a table)."""
        self.para(text, style=style)
        for e in expected:
            self._add_event(title if title is not None else text, e)
        return self

    def _add_event(self, title_text, e):
        e = dict(e)
        t = e.pop("title", None) or title_prefix(title_text)
        out = {"title": t, "start": e.pop("start"), "end": e.pop("end")}
        for k in ("roles", "people", "partners", "location", "precision"):
            if k in e:
                out[k] = e.pop(k)
        assert not e, e
        self.events.append(out)

    # ---- output ------------------------------------------------------------------------
    def expected(self):
        d = {"source": self.source, "kind": self.kind, "lang": "ru"}
        if self.batch:
            d["batch"] = self.batch
        if self.academic_year:
            d["academic_year"] = self.academic_year
        d["events"] = self.events
        return d

    def write_expected(self):
        with open(os.path.join(OUT, self.name + ".expected.json"), "w", encoding="utf-8") as f:
            json.dump(self.expected(), f, ensure_ascii=False, indent=2)
            f.write("\n")

    def save_docx(self):
        import docx
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        doc = docx.Document()
        # python-docx stamps the current time; keep the file stable across regenerations.
        import datetime
        cp = doc.core_properties
        cp.created = cp.modified = datetime.datetime(2024, 9, 1)
        cp.last_modified_by = cp.author = "plancal corpus"
        for b in self.blocks:
            if b[0] == "p":
                _, text, style, bold, center = b
                p = doc.add_paragraph(style=style)
                _fill_runs(p, text, bold)
                if center:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                rows = b[1]
                ncols = len(rows[0][1])
                t = doc.add_table(rows=0, cols=ncols)
                t.style = "Table Grid"
                for kind, cells in rows:
                    r = t.add_row()
                    if kind == "merged":
                        c = r.cells[0].merge(r.cells[ncols - 1])
                        _fill_cell(c, cells, bold=True)
                        continue
                    assert len(cells) == ncols, (self.name, cells)
                    for i, v in enumerate(cells):
                        _fill_cell(r.cells[i], v, bold=(kind == "header"))
        path = os.path.join(OUT, self.name + ".docx")
        doc.save(path)
        _normalise_zip(path)
        self.write_expected()

    def save_xlsx(self, sheet="Лист1"):
        import openpyxl
        from openpyxl.styles import Alignment, Font

        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = sheet
        r = 1
        for b in self.blocks:
            if b[0] == "p":
                ws.cell(row=r, column=1, value=_plain(b[1]))
                r += 1
                continue
            rows = b[1]
            ncols = len(rows[0][1])
            for kind, cells in rows:
                if kind == "merged":
                    ws.cell(row=r, column=1, value=_plain(cells)).font = Font(bold=True)
                    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncols)
                else:
                    for i, v in enumerate(cells):
                        c = ws.cell(row=r, column=i + 1, value=_plain_cell(v))
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                        if kind == "header":
                            c.font = Font(bold=True)
                r += 1
        wb.properties.creator = "plancal corpus"
        import datetime
        wb.properties.created = wb.properties.modified = datetime.datetime(2024, 9, 1)
        path = os.path.join(OUT, self.name + ".xlsx")
        wb.save(path)
        _normalise_zip(path)
        self.write_expected()

    def save_txt(self, encoding="utf-8", newline="\r\n"):
        """As Word's "save as text" gives it: a paragraph per line, a table row per line with
        its cells separated by tabs (a merged section row is one cell)."""
        lines = []
        for b in self.blocks:
            if b[0] == "p":
                lines.append(_plain(b[1]))
                continue
            for kind, cells in b[1]:
                if kind == "merged":
                    lines.append(_plain(cells))
                else:
                    lines.append("\t".join(_plain_cell(v).replace("\n", " ") for v in cells))
        data = newline.join(lines) + newline
        with open(os.path.join(OUT, self.name + ".txt"), "wb") as f:
            f.write(data.encode(encoding))
        self.write_expected()


    def save_ods(self, sheet="Лист1"):
        """As LibreOffice Calc saves it: one sheet, a paragraph per cell line, a section row as
        one cell spanning the table's width (needs odfpy)."""
        from odf.opendocument import OpenDocumentSpreadsheet
        from odf.table import Table, TableRow, TableCell, TableColumn
        from odf.text import P as OdfP

        doc = OpenDocumentSpreadsheet()
        t = Table(name=sheet)
        width = max((len(b[1][0][1]) for b in self.blocks if b[0] == "table"), default=1)
        t.addElement(TableColumn(numbercolumnsrepeated=width))

        def cell(text, span=1):
            c = TableCell(valuetype="string", numbercolumnsspanned=span) if span > 1 \
                else TableCell(valuetype="string")
            for line in text.split("\n"):
                c.addElement(OdfP(text=line))
            return c

        for b in self.blocks:
            if b[0] == "p":
                r = TableRow()
                r.addElement(cell(_plain(b[1])))
                t.addElement(r)
                continue
            rows = b[1]
            ncols = len(rows[0][1])
            for kind, cells in rows:
                r = TableRow()
                if kind == "merged":
                    r.addElement(cell(_plain(cells), ncols))
                else:
                    for v in cells:
                        r.addElement(cell(_plain_cell(v)))
                t.addElement(r)
        doc.spreadsheet.addElement(t)
        path = os.path.join(OUT, self.name + ".ods")
        doc.save(path)
        _normalise_zip(path)
        self.write_expected()


_BULLET = "• "


def _plain(text):
    return text.replace("\v", "\n")


def _plain_cell(v):
    if isinstance(v, str):
        return _plain(v)
    return "\n".join(_plain(x[2:] if x.startswith(("* ", "# ")) else x) for x in v)


def _fill_runs(p, text, bold=False):
    parts = text.split("\v")
    for i, part in enumerate(parts):
        run = p.add_run(part)
        run.bold = bold
        if i < len(parts) - 1:
            run.add_break()


def _fill_cell(cell, value, bold=False):
    """value: a string ("\n" separates paragraphs) or a list of paragraphs, where a
    paragraph starting with "* " is a Word bullet and "# " a Word numbered paragraph."""
    paras = value.split("\n") if isinstance(value, str) else list(value)
    first = True
    for text in paras:
        style = None
        if text.startswith("* "):
            style, text = "List Bullet", text[2:]
        elif text.startswith("# "):
            style, text = "List Number", text[2:]
        if first:
            p = cell.paragraphs[0]
            if style:
                p.style = style
            first = False
        else:
            p = cell.add_paragraph(style=style)
        _fill_runs(p, text, bold)


def _normalise_zip(path):
    """Rewrites a zip container with fixed timestamps so regenerating gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "meta.xml":
                # odfpy stamps the save time and its own version into the metadata.
                data = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"", data)
                data = re.sub(rb"(<(?:meta:creation-date|dc:date)>)[^<]*(</)",
                              rb"\g<1>2024-09-01T00:00:00\g<2>", data)
            if name == "docProps/core.xml":
                # openpyxl stamps the save time into dcterms:modified whatever was set.
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-09-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 0, 0, 0))
            # An OpenDocument file keeps its "mimetype" entry first and uncompressed.
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
