"""Bright Blocks Preschool: "Term Dates" 2025-2026, a web page (its language menu reads "Acerca
de") of label lines under half-term headings ("Autumn 1", "Autumn 2", … "Summer 2"): "Term time:
Monday 1 September to Friday 24 October 2025", "INSET Days: Monday 1st September 2025 and Friday
24th October 2025" (two separate days joined by "and"), "Half-term holiday: …", "Christmas and
New Year holiday: Monday 22 December 2025 to Friday 2 January 2026"; notes in brackets on their
own lines naming a closed day ("(except May Day Bank Holiday on 4 May 2026)", "(Spring bank
holiday on 25 May)"); "INSET Day: Monday 20th July 2026 (Closed all day)" and "Last Day of Term:
Friday 17th July 2026" after the term time that runs to 20 July. A closing "INSET Days" list
repeats the five inset days already given (a summary, not more events), and a last line says
children do not attend on them."""
from en_corpus import EnPlan, ev

P = EnPlan("en-26-brightblocks-preschool-terms-2025-2026",
           source="https://www.brightblockspreschool.co.uk/termdates",
           batch="2026-12-07-en-4", kind="kindergarten-plan", academic_year="2025-2026")
P.para("Acerca de")
P.para("Term Dates", bold=True)
BLOCKS = [
    ("Autumn 1", [
        ("Term time: Monday 1 September to Friday 24 October 2025", [("Term time", "2025-09-01", "2025-10-24")]),
        ("INSET Days: Monday 1st September 2025 and Friday 24th October 2025",
         [("INSET Days", "2025-09-01", None), ("INSET Days", "2025-10-24", None)]),
        ("Half-term holiday: Monday 27 October to Friday 31 October 2025", [("Half-term holiday", "2025-10-27", "2025-10-31")]),
    ]),
    ("Autumn 2", [
        ("Term time: Monday 3 November to Friday 19 December 2025", [("Term time", "2025-11-03", "2025-12-19")]),
        ("Christmas and New Year holiday: Monday 22 December 2025 to Friday 2 January 2026",
         [("Christmas and New Year holiday", "2025-12-22", "2026-01-02")]),
    ]),
    ("Spring 1", [
        ("Term time: Monday 5 January to Friday 13 February 2026", [("Term time", "2026-01-05", "2026-02-13")]),
        ("INSET Day: Monday 5th January 2026", [("INSET Day", "2026-01-05", None)]),
        ("Half-term holiday: Monday 16 February to Friday 20 February 2026", [("Half-term holiday", "2026-02-16", "2026-02-20")]),
    ]),
    ("Spring 2", [
        ("Term time: Monday 23 February to Friday 27 March 2026", [("Term time", "2026-02-23", "2026-03-27")]),
        ("INSET Day: Friday 20th March 2026", [("INSET Day", "2026-03-20", None)]),
        ("Easter holiday: Monday 30 March to Friday 10 April 2026", [("Easter holiday", "2026-03-30", "2026-04-10")]),
    ]),
    ("Summer 1", [
        ("Term time: Monday 13 April to Friday 22 May 2026", [("Term time", "2026-04-13", "2026-05-22")]),
        ("(except May Day Bank Holiday on 4 May 2026)", [("May Day Bank Holiday", "2026-05-04", None)]),
        ("Half-term holiday: Monday 25 May to Friday 29 May 2026", [("Half-term holiday", "2026-05-25", "2026-05-29")]),
        ("(Spring bank holiday on 25 May)", [("Spring bank holiday", "2026-05-25", None)]),
    ]),
    ("Summer 2", [
        ("Term time: Monday 1 June to Monday 20 July 2026", [("Term time", "2026-06-01", "2026-07-20")]),
        ("INSET Day: Monday 20th July 2026 (Closed all day)", [("INSET Day", "2026-07-20", None)]),
        ("Last Day of Term: Friday 17th July 2026", [("Last Day of Term", "2026-07-17", None)]),
    ]),
]
for heading, lines in BLOCKS:
    P.para(heading, bold=True)
    for text, events in lines:
        P.para(text)
        for title, s, e in events:
            P.event(title, ev(s, e))
P.para("INSET Days", bold=True)
for line in ["Monday 1st September 2025", "Friday 24th October 2025", "Monday 5th January 2026",
             "Friday 20th March 2026", "Monday 20th July 2026"]:
    P.para(line)
P.para("")
P.para("Children do not attend preschool on Inset Days")
P.save_docx()
