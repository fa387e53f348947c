"""Boundstone Nursery School (Lancing, West Sussex): "TERM DATES & INSET DAYS 2024-2025" on its
news page, Word paragraphs with no table: a heading per term, then "Term Starts:", "Term Ends:"
and "Half Term:" lines with the label's colon and extra spaces before the date, the half term
written with the month and year only at its end ("Monday 28th to Friday 1st November 2024",
whose first day is in October), then an "Inset Days:" line with one date per line under it
("Friday 14th February 2025 (TBC)"; the summer's only "TBC", an honest unknown). The funding
appeal after the dates is not kept."""
from en_corpus import EnPlan, ev

P = EnPlan("en-19-boundstone-nursery-terms-2024-2025",
           source="https://www.boundstone-lancingcfc.co.uk/news",
           batch="2026-12-07-en-3", kind="kindergarten-plan", academic_year="2024-2025")
P.para("News", bold=True)
P.para("Nursery School Term Dates", bold=True)
P.para("TERM DATES & INSET DAYS 2024-2025", bold=True)
P.para(" ")
TERMS = [
    ("AUTUMN TERM", [
        ("Term Starts: Monday 2nd September 2024", "Term Starts", "2024-09-02", None),
        ("Term Ends:   Friday 20th December 2024", "Term Ends", "2024-12-20", None),
        ("Half Term:    Monday 28th to Friday 1st November 2024", "Half Term", "2024-10-28", "2024-11-01"),
    ], ["Monday 2nd September 2024", "Tuesday 3rd September 2024", "Friday 25th October 2024 "],
     ["2024-09-02", "2024-09-03", "2024-10-25"]),
    ("SPRING TERM", [
        ("Term Starts: Monday 6th January 2025", "Term Starts", "2025-01-06", None),
        ("Term Ends:   Friday 4th April 2025", "Term Ends", "2025-04-04", None),
        ("Half Term:    Monday 17th to Friday 21st February 2025", "Half Term", "2025-02-17", "2025-02-21"),
    ], ["Friday 14th February 2025 (TBC)"], ["2025-02-14"]),
    ("SUMMER TERM", [
        ("Term Starts: Tuesday 22nd April 2025", "Term Starts", "2025-04-22", None),
        ("Term Ends: Tuesday 22nd July 2025", "Term Ends", "2025-07-22", None),
        ("Half Term: Monday 26th to Friday 30th May 2025", "Half Term", "2025-05-26", "2025-05-30"),
    ], ["TBC"], [None]),
]
for heading, lines, insets, iso in TERMS:
    P.para(heading, bold=True)
    for text, title, start, end in lines:
        P.item(text, ev(start, end), title=title)
    P.para("Inset Days:")
    for text, d in zip(insets, iso):
        P.item(text, ev(d), title="Inset Day")
    P.para(" ")
P.save_docx()
