"""Little Crickets Nursery (Sunderland): "Term Dates" as a sheet with a header row ("Nursery
Term | Nursery Opens | Nursery Closes"): a term per row, opening and closing days in their
own columns (each term is one event from the first to the second), and between the terms
merged rows of closed days ("Closed Friday 18th April and Monday 21st April 2025", three days
in one row). One term row gives no year in its name ("Summer Term"), one opening day none in
its date ("Tuesday 7th April"); one opening date has the wrong weekday as published ("Monday
4th January 2025", a Saturday: the day and month are kept). The note under the table is no
event."""
from en_corpus import EnPlan, ev

P = EnPlan("en-16-little-crickets-nursery-terms",
           source="https://littlecricketssunderland.co.uk/page/?pid=34&title=Term+Dates",
           batch="2026-12-07-en-2", academic_year="2024-2025", title_col=0)
P.para("Term Dates", bold=True)
P.table(["Nursery Term", "Nursery Opens", "Nursery Closes"], title_col=0)
DATA = [
    ("Autumn Term 2024", "Wednesday 4th September 2024", "Thursday 19th December 2024", "2024-09-04", "2024-12-19"),
    ("Spring Term 2025", "Monday 4th January 2025", "Thursday 17th April 2025", "2025-01-04", "2025-04-17"),
    ("Closed Friday 18th April and Monday 21st April 2025", "2025-04-18", "2025-04-21"),
    ("Summer Term", "Tuesday 22nd April 2025", "Friday 30th August 2025", "2025-04-22", "2025-08-30"),
    ("Closed Monday 5th May, Monday 26th May and Monday 25th August 2025", "2025-05-05", "2025-08-25"),
    ("Autumn Term 2025", "Tuesday 2nd September 2025", "Tuesday 23rd December 2025", "2025-09-02", "2025-12-23"),
    ("Closed Monday 1st September 2025", "2025-09-01", "2025-09-01"),
    ("Spring Term 2026", "Tuesday 6th January 2026", "Thursday 2nd April 2026", "2026-01-06", "2026-04-02"),
    ("Closed Friday 3rd April and Monday 6th April 2026", "2026-04-03", "2026-04-06"),
    ("Summer Term 2026", "Tuesday 7th April", "Friday 28th August 2026", "2026-04-07", "2026-08-28"),
    ("Closed Monday 4th May, Monday 25th May and Monday 31st August 2026", "2026-05-04", "2026-08-31"),
]
for d in DATA:
    if len(d) == 3:
        P.section(d[0])
        P.event("Closed", ev(d[1], d[2]))
    else:
        P.row([d[0], d[1], d[2]], ev(d[3], d[4]))
P.para("Nursery will open at 8am on dates stated and close at 5.30pm on the stated date.")
P.save_xlsx()
