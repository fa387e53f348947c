"""St Paul's Catholic Primary School, Thames Ditton (Surrey): its "Calendar" page kept as Word
paragraphs with no table: a heading per academic year and per term ("Autumn term 2024"), the
term's dates on the line below it, then "Half term - …" lines and an "Inset days" heading with
one bare date per line. One half term is written "28th - 1st November 2024" (the first day's
month is the one before), one inset line holds two days ("3rd and 4th September 2025"). The
2023/2024 year is a heading with nothing under it (folded on the page)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-06-stpauls-thames-ditton-terms",
           source="https://www.stpauls-thamesditton.surrey.sch.uk/School_Life/Calendar/",
           batch="2026-12-07-en-1", academic_year="2024-2025")
P.para("Calendar", bold=True)
P.para("Please find our annual calendar on this page.")
P.para("This calendar includes 5 In-Service Training Days and is continually updated live.")
P.para("School day: 9am – 12.00pm and 1.00pm - 3.30pm 32.5 hours per week.")
P.para("Breaks: 15 minute morning and afternoon, 1 hour lunch.")
P.para("Academic year 2023/2024", bold=True)
P.para("Academic year 2024/2025", bold=True)


def term(heading, dates, title, start, end):
    P.para(heading, bold=True)
    P.item(dates, ev(start, end), title=title)


def line(text, title, start, end=None):
    P.item(text, ev(start, end), title=title)


term("Autumn term 2024", "2nd September - 20th December 2024", "Autumn term", "2024-09-02", "2024-12-20")
line("Half term - 28th - 1st November 2024", "Half term", "2024-10-28", "2024-11-01")
term("Spring term 2025", "6th January - 4th April 2025", "Spring term", "2025-01-06", "2025-04-04")
line("Half term - 17th - 21st February 2025", "Half term", "2025-02-17", "2025-02-21")
term("Summer term 2025", "22nd April - 22nd July 2025", "Summer term", "2025-04-22", "2025-07-22")
line("Half term -26th May - 30th May 2025", "Half term", "2025-05-26", "2025-05-30")
P.para("Inset days", bold=True)
for text, iso in [("2nd September 2024", "2024-09-02"), ("3rd September 2024", "2024-09-03"),
                  ("22nd November 2024", "2024-11-22"), ("6th January 2025", "2025-01-06"),
                  ("4th July 2025", "2025-07-04")]:
    line(text, "Inset", iso)
P.para("Academic year 2025/2026", bold=True)
term("Autumn term 2025", "3rd September - 19th December 2025", "Autumn term", "2025-09-03", "2025-12-19")
line("Half term - 27th - 31st October 2025", "Half term", "2025-10-27", "2025-10-31")
term("Spring term 2026", "5th January - 27th March 2026", "Spring term", "2026-01-05", "2026-03-27")
line("Half term - 16th - 20th February 2026", "Half term", "2026-02-16", "2026-02-20")
line("Easter break - 28th March 2026 - 12th April 2026", "Easter break", "2026-03-28", "2026-04-12")
term("Summer term 2026", "13th April - 22nd July 2026", "Summer term", "2026-04-13", "2026-07-22")
line("Half term -25th May - 29th May 2026", "Half term", "2026-05-25", "2026-05-29")
P.para("Inset days", bold=True)
line("3rd and 4th September 2025", "Inset", "2025-09-03", "2025-09-04")
for text, iso in [("21st November 2025", "2025-11-21"), ("5th January 2026", "2026-01-05"),
                  ("3rd July 2026", "2026-07-03")]:
    line(text, "Inset", iso)
P.save_docx()
