"""Dickory Docks Day Nursery: "Grant Term Dates" for funded places, a Word table "Term |
Relevant Dates and Information": a term per row ("Summer Term 2024"), its cell beside it three
paragraphs each led by a dash — the term's first part, its half term, its second part — with a
count of weeks after the days ("– Monday 8th April to Friday 24th May – 7 Weeks", "… 4th
April- 6 Weeks"), "Half Term is 27th May to 31st May" with no weekdays, and a note with
another date in brackets ("(Open Thursday 2nd January)", not a part of the term). No date
carries a year: the term's name gives it. The two paragraphs above the table and the holiday
club note under it are no events."""
from en_corpus import EnPlan, ev

P = EnPlan("en-22-dickory-docks-grant-terms-2024-2025",
           source="https://dickorydocksdaynursery.co.uk/term-dates",
           batch="2026-12-07-en-3", kind="kindergarten-plan", academic_year="2024-2025",
           title_col=0)
P.para("The dates below are Grant Term Dates for parents who claim the Nursery Education Funding.")
P.para("Please note that the nursery is open 51 weeks of the year, and closed for all public bank "
       "holidays. The nursery is closed for 1 week during Christmas and the new year, and parents "
       "are charged for 52 weeks.")
P.table(["Term", "Relevant Dates and Information"], title_col=0)
ROWS = [
    ("Summer Term 2024", [
        ("– Monday 8th April to Friday 24th May – 7 Weeks", None, "2024-04-08", "2024-05-24"),
        ("– Half Term is 27th May to 31st May", "Half Term", "2024-05-27", "2024-05-31"),
        ("– Monday 3rd June to Friday 19th July – 7 Weeks", None, "2024-06-03", "2024-07-19"),
    ]),
    ("Autumn Term 2024", [
        ("– Monday 9th September to Friday 25th October – 7 Weeks", None, "2024-09-09", "2024-10-25"),
        ("– Half Term is Monday 28th October to Friday 1st November", "Half Term", "2024-10-28", "2024-11-01"),
        ("– Monday 4th November to Friday 20th December – 7 Weeks", None, "2024-11-04", "2024-12-20"),
    ]),
    ("Spring Term 2025", [
        ("– Monday 6th January to Friday 14th February (Open Thursday 2nd January) -6 Weeks", None, "2025-01-06", "2025-02-14"),
        ("– Half Term is Monday 17th February to 21st February", "Half Term", "2025-02-17", "2025-02-21"),
        ("– Monday 24th February to Friday 4th April- 6 Weeks", None, "2025-02-24", "2025-04-04"),
    ]),
    ("Summer Term 2025", [
        ("– Monday 21st April to Friday 23rd May – 5 Weeks", None, "2025-04-21", "2025-05-23"),
        ("– Half Term is Monday 26th May to 30th May", "Half Term", "2025-05-26", "2025-05-30"),
        ("– Monday 2nd June to Friday 18th July – 7 Weeks", None, "2025-06-02", "2025-07-18"),
    ]),
]
for term, parts in ROWS:
    P.row([term, "\n".join(t for t, _, _, _ in parts)])
    for _, title, start, end in parts:
        P.event(title or term, ev(start, end))
P.para("During Half Terms, or school holidays, children can still in the Holiday Club. Please let "
       "us know at least 2 weeks before if you need childcare. Once logged in, please fill out the "
       "change attendance form.")
P.para("We are closed for all Public Holidays. We are also closed for the one week between "
       "Christmas and the New Year.")
P.para("Click the link to see the public holidays on the government website.")
P.save_docx()
