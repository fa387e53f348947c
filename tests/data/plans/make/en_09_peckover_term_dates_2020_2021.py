"""Peckover Primary School (Wisbech): "Term Dates" for the calendar years 2020 and 2021: a list
of "Professional Days 2020/2021" as bare dates, one a paragraph, then a Word table with no
header whose first column is the event and second the date without a year ("Training Day |
6th January", "Half Term | 17th - 21th February", "HALF TERM | 31st May – 4th June"), under
section rows that are only the year ("2020", "2021"). The professional days are the training
days again; the page lists both, so both are here."""
from en_corpus import EnPlan, ev

P = EnPlan("en-09-peckover-term-dates-2020-2021",
           source="https://www.peckoverprimary.org/page/?title=Term+Dates&pid=44",
           batch="2026-12-07-en-1", academic_year="2019-2020", title_col=0)
P.para("Term Dates", bold=True)
P.para("Professional Days 2020/2021", bold=True)
for text, iso in [("6th January 2020", "2020-01-06"), ("14th February 2020", "2020-02-14"),
                  ("20th April 2020", "2020-04-20"), ("3rd September 2020", "2020-09-03"),
                  ("4th September 2020", "2020-09-04"), ("4th January 2021", "2021-01-04"),
                  ("12th February 2021", "2021-02-12"), ("12th April 2021", "2021-04-12")]:
    P.item(text, ev(iso), title="Professional Day")
P.para("TERM DATES", bold=True)
P.table(None, title_col=0)
YEARS = [
    ("2020", [
        ("Training Day", "6th January", "2020-01-06", None),
        ("Spring Term Opens", "7th January", "2020-01-07", None),
        ("Training Day", "14th February", "2020-02-14", None),
        ("Half Term", "17th - 21th February", "2020-02-17", "2020-02-21"),
        ("Spring Term Closes", "3rd April", "2020-04-03", None),
        ("Training Day", "20th April", "2020-04-20", None),
        ("Summer Term Opens", "21st April", "2020-04-21", None),
        ("May Day", "8th May", "2020-05-08", None),
        ("Half Term", "25th -29th May", "2020-05-25", "2020-05-29"),
        ("Summer Term Closes", "22nd July", "2020-07-22", None),
        ("Training Day", "3rd September", "2020-09-03", None),
        ("Training Day", "4th September", "2020-09-04", None),
        ("Autumn Term opens", "7th September", "2020-09-07", None),
        ("HALF TERM", "26th -30th October", "2020-10-26", "2020-10-30"),
        ("Autumn Term closes", "18th December", "2020-12-18", None),
    ]),
    ("2021", [
        ("Training Day", "4th January", "2021-01-04", None),
        ("Spring Term Opens", "5th January", "2021-01-05", None),
        ("Training Day", "12th February", "2021-02-12", None),
        ("HALF TERM", "15th – 19th February", "2021-02-15", "2021-02-19"),
        ("Spring Term closes", "26th March", "2021-03-26", None),
        ("Training Day", "12th April", "2021-04-12", None),
        ("Summer Term opens", "13th April", "2021-04-13", None),
        ("MAY DAY", "3rd May", "2021-05-03", None),
        ("HALF TERM", "31st May – 4th June", "2021-05-31", "2021-06-04"),
        ("Summer Term closes", "22nd July", "2021-07-22", None),
    ]),
]
for year, rows in YEARS:
    P.section(year)
    for title, date, start, end in rows:
        P.row([title, date], ev(start, end))
P.save_docx()
