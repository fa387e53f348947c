"""Learning Zone Nursery Partnership: "Newsletter & Term Dates" 2025-2026, a web page of lines
under two term headings ("Autumn Term 2025", "Jan - April 2026 - Spring Term" — a heading with its
months, not an event). Each line a name and its day joined by " - " or ":" in either order
("INSET DAY Nursery CLOSED - Wednesday 3rd September", "Start of Autumn Term: Thursday 4th
September", "Polling Day - Nursery CLOSED: Thursday 7th May"), some with clock times after the
day ("… Wednesday 8th October 09:20-10am", "Leavers Assembly- Thursday 23rd July 12:45 - 13:15")
or a note in brackets; short weekday and month names ("Mon 27th Oct - Fri 31st Oct"); day
ranges with the month once ("Dress up week: 4th-7th November", "World Book Day Dress up week -
2nd - 6th March"); weeks commencing under "Consultations:" ("Beans - wc 22nd Sept (…)"); and two
events with no date yet ("Sports Day - TBC", "Teddy Bear Picnic - TBC"). No date carries a year
but the headings' (2025 for autumn, 2026 after)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-42-learning-zone-nursery-dates-2025-2026",
           source="https://www.learningzonenurserypartnership.co.uk/newsletters",
           batch="2026-12-07-en-7", kind="kindergarten-plan", academic_year="2025-2026")
P.para("Newsletter & Term Dates", bold=True)
LINES = [
    ("h", "Autumn Term 2025"),
    ("INSET DAY Nursery CLOSED - Wednesday 3rd September", "INSET DAY", "2025-09-03", None, None),
    ("Welcome session for new Parents/carers - Wednesday 3rd September 1-2pm", "Welcome session", "2025-09-03", None, None),
    ("Start of Autumn Term: Thursday 4th September", "Start of Autumn Term", "2025-09-04", None, None),
    ("p", "Consultations:"),
    ("Beans - wc 22nd Sept (You will recieve an email with further information)", "Beans", "2025-09-22", "2025-09-28", "week"),
    ("Tots - wc 29th Sept (You will receive an email with further information)", "Tots", "2025-09-29", "2025-10-05", "week"),
    ("Grandparents come in & read a book morning - Wednesday 8th October 09:20-10am", "Grandparents come in", "2025-10-08", None, None),
    ("October Half Term - Mon 27th Oct - Fri 31st Oct", "October Half Term", "2025-10-27", "2025-10-31", None),
    ("Occasional Day - Nursery CLOSED - Monday 3rd November", "Occasional Day", "2025-11-03", None, None),
    ("Dress up week: 4th-7th November", "Dress up week", "2025-11-04", "2025-11-07", None),
    ("Xmas Concert: Thursday 18th December (You will recieve an email with further info at a later date)", "Xmas Concert", "2025-12-18", None, None),
    ("Xmas Party: Friday 19th December (You will recieve an email with further info at a later date)", "Xmas Party", "2025-12-19", None, None),
    ("Last Day of term: Friday 19th December - NO LUNCH CLUB 12:20 finish", "Last Day of term", "2025-12-19", None, None),
    ("h", "Jan - April 2026 - Spring Term"),
    ("INSET DAY Nursery CLOSED - Monday 5th January", "INSET DAY", "2026-01-05", None, None),
    ("Welcome session for new parents - Monday 5th Jan 1-2pm", "Welcome session", "2026-01-05", None, None),
    ("First day of Term: Tuesday 6th January", "First day of Term", "2026-01-06", None, None),
    ("Valentine activity morning - Friday 13th February 09:20 - 10:00", "Valentine activity morning", "2026-02-13", None, None),
    ("Half term - Mon 16th - Fri 20th February", "Half term", "2026-02-16", "2026-02-20", None),
    ("World Book Day Dress up week - 2nd - 6th March", "World Book Day Dress up week", "2026-03-02", "2026-03-06", None),
    ("INSET DAY - Nursery CLOSED - Tuesday 3rd March", "INSET DAY", "2026-03-03", None, None),
    ("Mothers Day activity Morning - Monday 16th March 09:20-10:00am", "Mothers Day activity Morning", "2026-03-16", None, None),
    ("Easter Holidays - Mon 30th March - Fri 10th April", "Easter Holidays", "2026-03-30", "2026-04-10", None),
    ("Bank Holiday Nursery CLOSED - Monday 4th May", "Bank Holiday", "2026-05-04", None, None),
    ("Polling Day - Nursery CLOSED: Thursday 7th May", "Polling Day", "2026-05-07", None, None),
    ("Sports Day - TBC", "Sports Day", None, None, None),
    ("May Half Term: Monday 25th - Friday 29th May", "May Half Term", "2026-05-25", "2026-05-29", None),
    ("Father Day activity Morning - Thursday 18th June 09:20-10:00am", "Father Day activity Morning", "2026-06-18", None, None),
    ("Teddy Bear Picnic - TBC", "Teddy Bear Picnic", None, None, None),
    ("Leavers Assembly- Thursday 23rd July 12:45 - 13:15", "Leavers Assembly", "2026-07-23", None, None),
    ("Last Day of Term - Thursday 23rd July 12:20 finish", "Last Day of Term", "2026-07-23", None, None),
]
for line in LINES:
    if line[0] == "h":
        P.para(line[1], bold=True)
    elif line[0] == "p":
        P.para(line[1])
    else:
        text, title, s, e, prec = line
        kw = {"precision": prec} if prec else {}
        P.item(text, ev(s, e, **kw), title=title)
P.save_docx()
