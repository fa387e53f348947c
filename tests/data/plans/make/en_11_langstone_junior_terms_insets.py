"""Langstone Junior Academy (Portsmouth): "Term Dates & INSETs", Word paragraphs with no
table: a heading per term that names its school year ("Summer 2023/24", "Autumn 2024/25"),
then one line per part of it, a label and its days after a colon ("Half-Term 1: 15th April –
24th May", "Christmas Holidays: 23rd December – 3rd January"), no year in the days; then the
INSET days of each year, the date first and its name after a dash ("4th September 2023 –
INSET", "27th November – INSET"). The page's event calendar under it (a widget) is not kept."""
from en_corpus import EnPlan, ev

P = EnPlan("en-11-langstone-junior-terms-insets",
           source="https://langstone-jun.portsmouth.sch.uk/parents/calendar/action~agenda/exact_date~1580428800/request_format~html",
           batch="2026-12-07-en-2", academic_year="2023-2024")
P.para("Term Dates & INSETs", bold=True)
P.para("TERM DATES", bold=True)
TERMS = [
    ("Summer 2023/24", [
        ("Half-Term 1: 15th April – 24th May", "Half-Term 1", "2024-04-15", "2024-05-24"),
        ("May Half-Term: 27th May – 31st May", "May Half-Term", "2024-05-27", "2024-05-31"),
        ("Half-Term 2: 3rd June – 23rd July", "Half-Term 2", "2024-06-03", "2024-07-23"),
        ("Summer Holidays: 24th July – 3rd September", "Summer Holidays", "2024-07-24", "2024-09-03"),
    ]),
    ("Autumn 2024/25", [
        ("Half-Term 1: 4th September – 18th October", "Half-Term 1", "2024-09-04", "2024-10-18"),
        ("October Half-Term: 21st October – 1st November", "October Half-Term", "2024-10-21", "2024-11-01"),
        ("Half-Term 2: 4th November – 20th December", "Half-Term 2", "2024-11-04", "2024-12-20"),
        ("Christmas Holidays: 23rd December – 3rd January", "Christmas Holidays", "2024-12-23", "2025-01-03"),
    ]),
    ("Spring 2024/25", [
        ("Half-Term 1: 7th January – 14th February", "Half-Term 1", "2025-01-07", "2025-02-14"),
        ("February Half-Term: 17th February – 21st February", "February Half-Term", "2025-02-17", "2025-02-21"),
        ("Half-Term 2: 24th February – 4th April", "Half-Term 2", "2025-02-24", "2025-04-04"),
        ("Easter Holidays: 7th April – 18th April", "Easter Holidays", "2025-04-07", "2025-04-18"),
    ]),
    ("Summer 2024/25", [
        ("Half-Term 1: 22nd April – 23rd May", "Half-Term 1", "2025-04-22", "2025-05-23"),
        ("May Half-Term: 26th May – 30th May", "May Half-Term", "2025-05-26", "2025-05-30"),
        ("Half-Term 2: 2nd June – 22nd July", "Half-Term 2", "2025-06-02", "2025-07-22"),
    ]),
]
for heading, lines in TERMS:
    P.para(heading, bold=True)
    for text, title, start, end in lines:
        P.item(text, ev(start, end), title=title)
INSETS = [
    ("2023/24 INSETS", [
        ("4th September 2023 – INSET", "INSET", "2023-09-04"),
        ("5th September 2023 – INSET", "INSET", "2023-09-05"),
        ("17th November 2023 – TRUST INSET", "TRUST INSET", "2023-11-17"),
        ("27th November – INSET", "INSET", "2023-11-27"),
        ("1st January 2024 – New Year’s Day Holiday", "New Year’s Day Holiday", "2024-01-01"),
        ("15th January 2024 – INSET", "INSET", "2024-01-15"),
        ("29th March 2024 – Good Friday", "Good Friday", "2024-03-29"),
        ("6th May 2024 – May Day Holiday", "May Day Holiday", "2024-05-06"),
        ("8th July 2024 – TRUST INSET", "TRUST INSET", "2024-07-08"),
        ("24th July 2024 – INSET", "INSET", "2024-07-24"),
    ]),
    ("2024/25 INSETS", [
        ("2nd September 2024 – INSET", "INSET", "2024-09-02"),
        ("3rd September 2024 – INSET", "INSET", "2024-09-03"),
        ("29th November 2024 – TRUST INSET", "TRUST INSET", "2024-11-29"),
        ("6th January 2025 – TRUST INSET", "TRUST INSET", "2025-01-06"),
        ("21st April 2025 – Easter Monday", "Easter Monday", "2025-04-21"),
        ("5th May 2025 – May Day Holiday", "May Day Holiday", "2025-05-05"),
        ("4th July 2025 – INSET", "INSET", "2025-07-04"),
    ]),
]
for heading, lines in INSETS:
    P.para(heading, bold=True)
    for text, title, iso in lines:
        P.item(text, ev(iso), title=title)
P.save_docx()
