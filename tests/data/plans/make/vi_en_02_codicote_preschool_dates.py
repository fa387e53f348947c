"""Codicote Pre-School (Hertfordshire): term dates and events for 2024-2025 (spring and summer)
and 2025-2026, as a two-column spreadsheet (date, event) under section rows that carry the
year ("Spring Term 2025", "Academic Year 2025-2026"). No year in the dates themselves; a
"Week commencing 23rd June" row, a "July (date to be confirmed)" row, day ranges for half
terms, and short titles repeated in every term ("INSET Day", "Half Term", "Term Ends")."""
from vi_corpus import Plan, ev

P = Plan("en-02-codicote-preschool-dates",
         source="https://codicotepreschool.co.uk/term-dates",
         kind="other", academic_year="2024-2025", title_col=1, lang="en")
P.para("Term Dates")
P.table(None)
P.section("Academic Year 2024-2025")
P.section("Spring Term 2025")
data = [
    ("Monday 6th January", "INSET Day", ev("2025-01-06")),
    ("Tuesday 7th January", "Term starts for children", ev("2025-01-07")),
    ("Tuesday 4th February", "Amazing Animals! Pony Visit", ev("2025-02-04")),
    ("Tuesday 11th February", "Safer Internet Day", ev("2025-02-11")),
    ("Monday 17th February – Friday 21st February", "Half Term", ev("2025-02-17", "2025-02-21")),
    ("Tuesday 4th March", "Trip to Standalone Farm", ev("2025-03-04")),
    ("Thursday 6th March", "World Book Day", ev("2025-03-06")),
    ("Thursday 27th March", "Mother’s Day Tea", ev("2025-03-27")),
    ("Friday 4th April", "Term Ends", ev("2025-04-04")),
    "Summer Term 2025",
    ("Tuesday 22nd April", "Term Term starts for children", ev("2025-04-22")),
    ("Wednesday 23rd April", "Easter Party", ev("2025-04-23")),
    ("Monday 26th May – Friday 30th May", "Half Term", ev("2025-05-26", "2025-05-30")),
    ("Friday 6th June", "INSET Day", ev("2025-06-06")),
    ("Thursday 12th June", "Father’s Day", ev("2025-06-12")),
    ("Week commencing 23rd June", "Teddy Bears Picnic", ev("2025-06-23", "2025-06-29", precision="week")),
    ("July (date to be confirmed)", "Summer Fun Day!", ev("2025-07-01", "2025-07-31")),
    ("Wednesday 9th July", "Sports Day", ev("2025-07-09")),
    ("Friday 18th July", "End of Term Party – morning", ev("2025-07-18")),
    ("Friday 18th July", "Graduation – afternoon", ev("2025-07-18")),
    ("Tuesday 22nd July", "Term Ends", ev("2025-07-22")),
    "Academic Year 2025-2026",
    "Autumn Term 2025",
    ("Wednesday 3rd September", "INSET Day", ev("2025-09-03")),
    ("Thursday 4th September", "Term starts for children", ev("2025-09-04")),
    ("Friday 24th October", "INSET Day", ev("2025-10-24")),
    ("Monday 27th October – Friday 31st October", "Half Term", ev("2025-10-27", "2025-10-31")),
    ("Friday 28th November", "Occasional Day", ev("2025-11-28")),
    ("Friday 19th December", "Term Ends", ev("2025-12-19")),
    "Spring Term 2026",
    ("Monday 5th January", "INSET Day", ev("2026-01-05")),
    ("Tuesday 6th January", "Term starts for children", ev("2026-01-06")),
    ("Monday 16th February – Friday 20th February", "Half Term", ev("2026-02-16", "2026-02-20")),
    ("Friday 27th March", "Term Ends", ev("2026-03-27")),
    "Summer Term 2026",
    ("Monday 13th April", "Term starts for children", ev("2026-04-13")),
    ("Monday 25th May – Friday 29th May", "Half Term", ev("2026-05-25", "2026-05-29")),
    ("Friday 5th June", "INSET Day", ev("2026-06-05")),
    ("Wednesday 22nd July", "Term ends for children", ev("2026-07-22")),
    ("Thursday 23rd July", "INSET Day", ev("2026-07-23")),
]
for d in data:
    if isinstance(d, str):
        P.section(d)
    else:
        P.row([d[0], d[1]], d[2])
P.save_xlsx()
