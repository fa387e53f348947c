"""Two Rivers School: "Term Dates" 2025-2026 (the site's accessible view). A heading per term
("Autumn Term 2025") over a two-column Word table of label and date ("Inset Days | Monday 1st &
Tuesday 2nd September", "Term Starts | Wednesday 3rd September", "Half Term Holiday | Monday
27th October - Friday 31st October"); no date carries a year, the heading gives it, and the
autumn table's last row runs into January ("Holiday | Monday 22nd December - Friday 2nd
January", 2 January 2026). "Term Starts" / "Term Ends" come twice in a term (each half). The
summer's "May Day | Monday 4th May" is a closed day."""
from en_corpus import EnPlan, ev

P = EnPlan("en-27-tworivers-term-dates-2025-2026",
           source="https://www.tworiversschool.net/accessibility.asp?item=page_94&level=off",
           batch="2026-12-07-en-4", kind="school-calendar", academic_year="2025-2026", title_col=0)
P.para("Term Dates", bold=True)
TERMS = [
    ("Autumn Term 2025", [
        ("Inset Days", "Monday 1st & Tuesday 2nd September", "2025-09-01", "2025-09-02"),
        ("Term Starts", "Wednesday 3rd September", "2025-09-03", None),
        ("Inset Day", "Friday 24th October", "2025-10-24", None),
        ("Half Term Holiday", "Monday 27th October - Friday 31st October", "2025-10-27", "2025-10-31"),
        ("Term Starts", "Monday 3rd November", "2025-11-03", None),
        ("Term Ends", "Friday 19th December", "2025-12-19", None),
        ("Holiday", "Monday 22nd December - Friday 2nd January", "2025-12-22", "2026-01-02"),
    ]),
    ("Spring Term 2026", [
        ("Inset Day", "Monday 5th January", "2026-01-05", None),
        ("Term Starts", "Tuesday 6th January", "2026-01-06", None),
        ("Half Term Holiday", "Monday 16th February - Friday 20th February", "2026-02-16", "2026-02-20"),
        ("Term Starts", "Monday 23rd February", "2026-02-23", None),
        ("Term Ends", "Friday 27th March", "2026-03-27", None),
        ("Easter Holiday", "Monday 30th March - Friday 10th April", "2026-03-30", "2026-04-10"),
    ]),
    ("Summer Term 2026", [
        ("Term Starts", "Monday 13th April", "2026-04-13", None),
        ("May Day", "Monday 4th May", "2026-05-04", None),
        ("Term Ends", "Friday 22nd May", "2026-05-22", None),
        ("Half Term Holiday", "Monday 25th May – Friday 29th May", "2026-05-25", "2026-05-29"),
        ("Term Starts", "Monday 1st June", "2026-06-01", None),
        ("Term Ends", "Friday 17th July", "2026-07-17", None),
        ("Inset Day", "Monday 20th July", "2026-07-20", None),
    ]),
]
for heading, rows in TERMS:
    P.para(heading, bold=True)
    P.table(None, title_col=0)
    for label, when, s, e in rows:
        P.row([label, when], ev(s, e))
P.save_docx()
