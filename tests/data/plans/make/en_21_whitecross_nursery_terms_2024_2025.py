"""Whitecross Nursery School (Derby): "Term dates", Word paragraphs with no table: a heading
per half term that names its school year in brackets ("Autumn 1 (2024-2025)", "Spring
1(2024-2025)") and its days on the line below ("Wednesday 4th September to Friday 25th
October 2024", the year only at the end). One line is misprinted: "Spring 2 (2024-2025)" runs
"Monday 24th February to Thursday 4th April 2024" — its heading and its neighbours put it in
2025, so a reader lists 24 February – 4 April 2025; another ends on "Tuesday 24th July 2025"
(a Thursday: the day is kept). Then "Bank Holidays" as bullets ("Good Friday - 18 April 2025")
and the five inset days as a numbered list of bare dates under their heading."""
from en_corpus import EnPlan, ev

P = EnPlan("en-21-whitecross-nursery-terms-2024-2025",
           source="https://www.whitecross.derby.sch.uk/our-families/term-dates",
           batch="2026-12-07-en-3", kind="kindergarten-plan", academic_year="2024-2025")
P.para("Term dates", bold=True)
P.para("Dates that children will attend nursery over this academic year")
TERMS = [
    ("Summer 2 (2023-2024)", "Monday 3rd June to Tuesday 23rd July 2024", "Summer 2", "2024-06-03", "2024-07-23"),
    ("Autumn 1 (2024-2025)", "Wednesday 4th September to Friday 25th October 2024", "Autumn 1", "2024-09-04", "2024-10-25"),
    ("Autumn 2 (2024-2025)", "Monday 4th November to Friday 20th December 2024", "Autumn 2", "2024-11-04", "2024-12-20"),
    ("Spring 1(2024-2025)", "Monday 6th January to Friday 14th February 2025", "Spring 1", "2025-01-06", "2025-02-14"),
    ("Spring 2 (2024-2025)", "Monday 24th February to Thursday 4th April 2024", "Spring 2", "2025-02-24", "2025-04-04"),
    ("Summer 1 (2024-2025)", "Tuesday 22nd April to Friday 23rd May 2025", "Summer 1", "2025-04-22", "2025-05-23"),
    ("Summer 2 (2024-2025)", "Monday 2nd June to Tuesday 24th July 2025", "Summer 2", "2025-06-02", "2025-07-24"),
]
for heading, days, title, start, end in TERMS:
    P.para(heading, bold=True)
    P.item(days, ev(start, end), title=title)
P.para(" ")
P.para("Bank Holidays", bold=True)
for text, title, iso in [("Good Friday - 18 April 2025", "Good Friday", "2025-04-18"),
                         ("Easter Monday - 21 April 2025", "Easter Monday", "2025-04-21"),
                         ("May Day - 5 May 2025", "May Day", "2025-05-05")]:
    P.item(text, ev(iso), style="List Bullet", title=title)
P.para("The 5 school inset days set for 2024 - 2025*", bold=True)
for text, iso in [("Wednesday 4th September 2024", "2024-09-04"), ("Friday 25th October 2024", "2024-10-25"),
                  ("Monday 6th January 2025", "2025-01-06"), ("Monday 24th February 2025", "2025-02-24"),
                  ("Wednesday 2nd July 2025", "2025-07-02")]:
    P.item(text, ev(iso), style="List Number", title="inset day")
P.para("*Please note these dates are provisional and may change")
P.save_docx()
