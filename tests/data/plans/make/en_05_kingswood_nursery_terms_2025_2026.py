"""Kingswood Nursery School and Preschool (Hertfordshire): "2025/2026 School Term Dates" as a
sheet of two columns (date | event) under term rows that carry the year ("Autumn Term 2025",
"Spring Term 2026"); the dates give a short weekday ("Thurs", "Tues") and no year, except one
range that ends in the next year ("Mon 22nd December - Fri 2nd January 2026"). The summer
holidays end on "Mon 4th September" (a Friday in 2026: the day is kept, the weekday is the
page's slip). The last term row is followed by "TBC" alone. Opening hours above the table are
no events."""
from en_corpus import EnPlan, ev

P = EnPlan("en-05-kingswood-nursery-terms-2025-2026",
           source="https://www.kingswood.herts.sch.uk/News",
           batch="2026-12-07-en-1", academic_year="2025-2026")
P.para("Term Dates")
P.para("School Opening Hours")
P.para("Nursery and Preschool are open to children during the following times:")
P.para("Morning Session: 8:30 – 11:30am")
P.para("Lunch Session: 11:30am – 12pm")
P.para("Afternoon Session: 12 – 3pm")
P.para("2025/2026 School Term Dates")
P.table(None, title_col=1)
DATA = [
    "Autumn Term 2025",
    ("Wed 3rd September", "Staff Training Day - Closed", "2025-09-03", None),
    ("Thurs 4th September - Fri 5th September", "Home Visits - Nursery and Preschool (new children)", "2025-09-04", "2025-09-05"),
    ("Mon 8th September", "Autumn Term Starts (new children - check your starting letter for your child's starting date, as some differ)", "2025-09-08", None),
    ("Mon 27th October - Fri 31st October", "Autumn Half Term", "2025-10-27", "2025-10-31"),
    ("Mon 3rd November", "School Closed - Occasional Day", "2025-11-03", None),
    ("Thurs 18th December", "End of Term - Preschool Only", "2025-12-18", None),
    ("Fri 19th December", "End of Term Celebration - Nursery Only (10am-12pm)", "2025-12-19", None),
    ("Mon 22nd December - Fri 2nd January 2026", "Christmas Holidays", "2025-12-22", "2026-01-02"),
    "Spring Term 2026",
    ("Mon 5th January", "School Closed - Inset Day", "2026-01-05", None),
    ("Tues 6th January", "Start of Spring Term", "2026-01-06", None),
    ("Mon 16th February - Fri 20th February", "Half Term", "2026-02-16", "2026-02-20"),
    ("Thurs 26th March", "End of Term - Preschool Only", "2026-03-26", None),
    ("Fri 27th March", "End of Term Celebration - Nursery Only (10am-12pm)", "2026-03-27", None),
    ("Mon 30th March - Fri 10th April", "Easter Holidays", "2026-03-30", "2026-04-10"),
    "Summer Term 2026",
    ("Mon 13th April", "School Closed - Inset Day", "2026-04-13", None),
    ("Tues 14th April", "Start of Summer Term", "2026-04-14", None),
    ("Mon 4th May", "School Closed - May Day", "2026-05-04", None),
    ("Mon 25th May - Fri 29th May", "Half Term", "2026-05-25", "2026-05-29"),
    ("Mon 1st June", "School Closed - Inset Day", "2026-06-01", None),
    ("Tues 21st July", "End of Term - Preschool Only", "2026-07-21", None),
    ("Wed 22nd July", "End of Term Celebration - Nursery Only (10am-12pm)", "2026-07-22", None),
    ("Thurs 23rd July", "School Closed - Inset Day", "2026-07-23", None),
    ("Fri 24th July - Mon 4th September", "Summer Holidays", "2026-07-24", "2026-09-04"),
    "Autumn Term 2026",
    "TBC",
]
for d in DATA:
    if isinstance(d, str):
        P.section(d)
    else:
        P.row([d[0], d[1]], ev(d[2], d[3]))
P.save_xlsx()
