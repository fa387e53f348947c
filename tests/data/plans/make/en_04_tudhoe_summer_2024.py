"""Tudhoe Colliery Primary School (County Durham): "Summer 2024 Dates", a two-column Word
table (date | event) with no header row; dates carry no weekday and no year (the year is in the
heading above the table), some are day ranges ("13th to 16th May", "3rd – 14th June"); several
events share a day; times and an asterisk sit inside the event text. The stored copy ends
inside the row of 20th June (dropped)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-04-tudhoe-summer-2024",
           source="http://www.tudhoecollieryprimaryschool.co.uk/date-list/",
           batch="2026-12-07-en-1", academic_year="2023-2024")
P.para("Dates for key events are agreed by staff at the start of each term. These will then "
       "be sent out via ParentMail and also available on this page of the website.")
P.para("Summer 2024 Dates", bold=True)
P.para("(printable version)")
P.table(None, title_col=1)
ROWS = [
    ("24th April", "Yoga coaching starts – Reception & Y6 (6 weeks)", "2024-04-24", None),
    ("26th April", "Dressdown Day – suggested donation £1", "2024-04-26", None),
    ("6th May", "School closed for May Day Bank Holiday", "2024-05-06", None),
    ("7th May", "Year 5 at Whitworth Park Academy*", "2024-05-07", None),
    ("13th to 16th May", "Year 6 SATS week", "2024-05-13", "2024-05-16"),
    ("17th May", "Year 5 & 6 Girls’ Football Cup & Shield – selected Year 5/6 girls*", "2024-05-17", None),
    ("22nd May", "Year 2 trip to Buddhist Temple and Seven Stories*", "2024-05-22", None),
    ("22nd May", "SEND Consultations with Amy Addison – appointments will be available on Arbor*", "2024-05-22", None),
    ("23rd May", "Year 5 Learning Together 2.15 – 3.15pm*", "2024-05-23", None),
    ("23rd May", "School closes for half term holiday", "2024-05-23", None),
    ("24th May", "Staff PD day – school closed", "2024-05-24", None),
    ("3rd June", "School re opens for second half term", "2024-06-03", None),
    ("3rd – 14th June", "Year 4 Times Table Checks*", "2024-06-03", "2024-06-14"),
    ("4th June", "Primary Athletics Competitions – selected Year 5/6 children*", "2024-06-04", None),
    ("5th June", "Year 1 Learning Together 2.15 – 3.15pm*", "2024-06-05", None),
    ("6th June", "Net and Wall Coaching starts for Year 5 & 6 (5 weeks)", "2024-06-06", None),
    ("6th June", "Emapthy Day – classes will take part in activities and reading strories around the theme of empathy", "2024-06-06", None),
    ("7th June", "Reception and Year 6 Penpal Learning Together 2.15 – 3.15pm*", "2024-06-07", None),
    ("10th – 14th June", "Year 1 Phonics Screening Check*", "2024-06-10", "2024-06-14"),
    ("10th June", "Support Plan Meetings with Amy Addison for parents of children on SEND register 3.00 – 5.15pm- appointments to be booked on Arbor*", "2024-06-10", None),
    ("11th June", "Year 2 Learning Together 2.15 – 3.15pm*", "2024-06-11", None),
    ("12th June", "Support Plan Meetings with Amy Addison for parents of children on SEND register 8.30am – 4.00pm- appointments to be booked on Arbor*", "2024-06-12", None),
    ("12th June", "Year 3 Botanic Gardens Trip*", "2024-06-12", None),
    ("13th June", "London Residential Parents’ Meeting 5.00pm*", "2024-06-13", None),
    ("18th June", "Year 5 Centre for Life Trip*", "2024-06-18", None),
    ("18th June", "Year 4 Learning Together 2.15 – 3.15pm*", "2024-06-18", None),
    ("19th June", "Whole School Sports Day 2.00pm*", "2024-06-19", None),
]
PEOPLE = {"SEND Consultations": ["Amy Addison"], "Support Plan Meetings": ["Amy Addison"]}
for date, text, start, end in ROWS:
    kw = {}
    for key, people in PEOPLE.items():
        if text.startswith(key):
            kw["people"] = people
    P.row([date, text], ev(start, end, **kw))
P.save_docx()
