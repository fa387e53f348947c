"""Eastbluff Elementary PTA (Newport Beach, California): "EASTBLUFF PTA 2021-2022 CALENDAR",
Word paragraphs with no table: a month name alone on a line, then one line per event that
starts with its day as an ordinal and no month or year ("20th Teacher/Staff Welcome Back
Lunch", "18th-22nd Book Fair", "24th – 26th Thanksgiving recess", "25th -29th …"), some with
a clock time before the title ("2nd 6:30 p.m. Executive Board Meeting", "7th 6:30p.m. …") and
"TBD" for a day not set yet (an honest unknown). A place after "- " or "@" is the event's
("First Day of School Coffee- Newport Beach Tennis Club", "Parents Night Out @ Bungalow").
The stored copy ends inside April (a line cut at "22" is left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-18-eastbluff-pta-calendar-2021-2022",
           source="https://eastbluffpta.com/events/",
           batch="2026-12-07-en-3", academic_year="2021-2022")
P.para("EASTBLUFF PTA 2021-2022 CALENDAR", bold=True)
MONTHS = [
    ("August", 2021, 8, [
        ("20th Teacher/Staff Welcome Back Lunch", "Teacher/Staff Welcome Back Lunch", 20, None, {}),
        ("23rd First Day of School Coffee- Newport Beach Tennis Club", "First Day of School Coffee", 23, None,
         {"location": "Newport Beach Tennis Club"}),
        ("26th Back to School Night via Zoom", "Back to School Night", 26, None, {}),
        ("27th To The Top Launches", "To The Top Launches", 27, None, {}),
    ]),
    ("September", 2021, 9, [
        ("2nd 6:30 p.m. Executive Board Meeting", "Executive Board Meeting", 2, None, {}),
        ("10th To The Top Ends", "To The Top Ends", 10, None, {}),
        ("16th 9:00 a.m. New Family Meet & Greet", "New Family Meet & Greet", 16, None, {}),
        ("22nd Picture Day", "Picture Day", 22, None, {}),
        ("24th 9:00 a.m. General Meeting after Flag Deck", "General Meeting after Flag Deck", 24, None, {}),
    ]),
    ("October", 2021, 10, [
        ("1st Reflections Submissions Due", "Reflections Submissions Due", 1, None, {}),
        ("6th Make Up Picture Day", "Make Up Picture Day", 6, None, {}),
        ("7th 6:30 pm Executive Board Meeting", "Executive Board Meeting", 7, None, {}),
        ("14th PTA Parents Night Out @ Bungalow", "PTA Parents Night Out", 14, None, {"location": "Bungalow"}),
        ("18th-22nd Book Fair", "Book Fair", 18, 22, {}),
        ("22nd Reflections Winners Announced, Winners receive restaurant certificate", "Reflections Winners Announced", 22, None, {}),
        ("25th -29th Red Ribbon Week/Kindness Challenge", "Red Ribbon Week/Kindness Challenge", 25, 29, {}),
        ("25th -29th Conference Week – Early Out/No School on Wednesday (27th)", "Conference Week", 25, 29, {}),
        ("28th Wear red day", "Wear red day", 28, None, {}),
        ("29th Halloween Dress Day", "Halloween Dress Day", 29, None, {}),
    ]),
    ("November", 2021, 11, [
        ("TBD Canned Food Drive Community Service Project", "Canned Food Drive Community Service Project", None, None, {}),
        ("1st No School – Staff Development Day", "No School", 1, None, {}),
        ("4th 6:30 p.m. Executive Board Meeting", "Executive Board Meeting", 4, None, {}),
        ("8th-12th Penny Wars", "Penny Wars", 8, 12, {}),
        ("19th 9:00 a.m. General Meeting after Flag Deck", "General Meeting after Flag Deck", 19, None, {}),
        ("24th – 26th Thanksgiving recess", "Thanksgiving recess", 24, 26, {}),
        ("29th CASA Toy Drive Launches – Community Service Project", "CASA Toy Drive Launches", 29, None, {}),
    ]),
    ("December", 2021, 12, [
        ("2nd 6:30 p.m. Executive Board Meeting", "Executive Board Meeting", 2, None, {}),
        ("TBD Holiday Concert", "Holiday Concert", None, None, {}),
        ("17th Last day of school before winter recess", "Last day of school before winter recess", 17, None, {}),
        ("20th – 31st Winter Recess", "Winter Recess", 20, 31, {}),
    ]),
    ("January", 2022, 1, [
        ("3rd Back to school after winter recess", "Back to school after winter recess", 3, None, {}),
        ("6th 6:30 p.m. Executive Board Meeting", "Executive Board Meeting", 6, None, {}),
        ("17th Martin Luther King Holiday – No School", "Martin Luther King Holiday", 17, None, {}),
        ("17th MLK Food Bank Community Service Project", "MLK Food Bank Community Service Project", 17, None, {}),
        ("21st 9:00 a.m. General Meeting via Zoom after Flag Deck", "General Meeting via Zoom", 21, None, {}),
        ("24th – 28th Read-a-thon", "Read-a-thon", 24, 28, {}),
    ]),
    ("February", 2022, 2, [
        ("3rd 6:30 p.m. Executive Board Meeting", "Executive Board Meeting", 3, None, {}),
        ("17th 7:00 pm. Guest Speaker", "Guest Speaker", 17, None, {}),
        ("18th Last day of school before President’s recess – post slate for election", "Last day of school before President’s recess", 18, None, {}),
        ("21st – 25th President’s Recess", "President’s Recess", 21, 25, {}),
    ]),
    ("March", 2022, 3, [
        ("3rd 6:30 p.m. Executive Board Meeting", "Executive Board Meeting", 3, None, {}),
        ("7th-11th Conference Week – Early Out/No School on Wednesday(March 9th)", "Conference Week", 7, 11, {}),
        ("22nd Battle of Books", "Battle of Books", 22, None, {}),
        ("24th Family Dance Night", "Family Dance Night", 24, None, {}),
        ("25th 9:00 a.m. General Meeting via Zoom – Annual Election", "General Meeting via Zoom", 25, None, {}),
    ]),
    ("April", 2022, 4, [
        ("2nd Spring Gala", "Spring Gala", 2, None, {}),
        ("7th 6:30p.m. Executive Board Meeting", "Executive Board Meeting", 7, None, {}),
        ("8th Last Day of School before Spring Recess", "Last Day of School before Spring Recess", 8, None, {}),
        ("11th – 15th Spring Recess", "Spring Recess", 11, 15, {}),
    ]),
]
for name, year, month, lines in MONTHS:
    P.para(name, bold=True)
    for text, title, d1, d2, kw in lines:
        start = f"{year}-{month:02d}-{d1:02d}" if d1 else None
        end = f"{year}-{month:02d}-{d2:02d}" if d2 else None
        P.item(text, ev(start, end, **kw), title=title)
P.save_docx()
