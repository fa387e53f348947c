"""Chepstow House School (London): "Our Nursery Term Dates" for 2024-2025. Under a heading per
term ("AUTUMN TERM 2024"), a "Start: …" line, then the half term laid out side by side: one
cell holding the labels as two paragraphs ("Half term starts (half day)" / "Half Term:") and
the cell beside it their dates in the same order ("Friday 18th October" / "Monday 21st October
–  Friday 1st November") — the stored copy gives all the labels before all the dates, as
Word's reading order of such a row does; in the summer three labels and three dates ("Bank
Holiday" first). No date carries a year: the year is the term heading's. The "(Return to
school on …)" note and the last day of term follow the table."""
from en_corpus import EnPlan, ev

P = EnPlan("en-20-chepstow-house-nursery-terms-2024-2025",
           source="https://chepstowhouseschool.co.uk/the-nursery/nursery-term-dates",
           batch="2026-12-07-en-3", kind="kindergarten-plan", academic_year="2024-2025")
P.para("Nursery")
P.para("Our Nursery Term Dates", bold=True)
P.para("Home - Our Nursery - Our Nursery Term Dates")
P.para("Our Nursery Term Dates", bold=True)
TERMS = [
    ("AUTUMN TERM 2024", ("Start: Wednesday 4th September", "2024-09-04"),
     [("Half term starts (half day)", "Friday 18th October", "2024-10-18", None),
      ("Half Term:", "Monday 21st October –  Friday 1st November", "2024-10-21", "2024-11-01")],
     "(Return to school on Mon 4th November)",
     ("Last Day of Term: Friday 13th December", "Last Day of Term", "2024-12-13")),
    ("SPRING TERM 2025", ("Start: Tuesday 7th January", "2025-01-07"),
     [("Half Term Starts (half day)", "Friday 14th February", "2025-02-14", None),
      ("Half Term:", "Monday 17th –  Friday 21st February", "2025-02-17", "2025-02-21")],
     "(Return to school on Mon 24th February)",
     ("Last Day of Term: Friday 28th March", "Last Day of Term", "2025-03-28")),
    ("SUMMER TERM 2025", ("Start: Wednesday 23rd April", "2025-04-23"),
     [("Bank Holiday", "Monday 5th May", "2025-05-05", None),
      ("Half Term Starts (half day)", "Friday 23rd May", "2025-05-23", None),
      ("Half Term:", "Monday 26th –  Friday 30th May", "2025-05-26", "2025-05-30")],
     "(Return to school on Monday 2nd June)",
     ("Last day of term: Thursday 10th July", "Last day of term", "2025-07-10")),
]
for heading, (start_text, start_iso), pairs, note, (last_text, last_title, last_iso) in TERMS:
    P.para(heading, bold=True)
    P.item(start_text, ev(start_iso), title="Start")
    P.table(None, title_col=0)
    P.row(["\n".join(l for l, _, _, _ in pairs), "\n".join(d for _, d, _, _ in pairs)])
    for label, _, s, e in pairs:
        P.event(label.rstrip(":"), ev(s, e))
    P.para(note)
    P.item(last_text, ev(last_iso), title=last_title)
    P.para(" ")
P.save_docx()
