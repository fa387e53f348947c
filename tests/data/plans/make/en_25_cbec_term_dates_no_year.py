"""CBEC (cbec.org.uk), "Term Dates": a four-line grid laid out with runs of spaces, not a table
(as the page gives it, saved as text): a header line "Term / First half-term dates / Second
half-term dates", a line per term ("Autumn", "Spring", "Summer") with two day ranges ("Sept 4th
to Oct 20th", "Oct 30 to Dec 15th" — no ordinal on "Oct 30", "March" written in full beside
"Sept", "Jun", "Jul"), and an "Inset Days" line listing five bare days separated by commas. No
year is written anywhere: per ../README-ru.md the plan is read in 2026-2027 (autumn in 2026,
the rest in 2027)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-25-cbec-term-dates-no-year",
           source="https://cbec.org.uk/term-dates/",
           batch="2026-12-07-en-4", kind="school-calendar")
P.para("Term                                      First half-term dates                                Second half-term dates")
P.para("")
TERMS = [
    ("Autumn                              Sept 4th  to Oct 20th                               Oct 30 to Dec 15th",
     "Autumn", ("2026-09-04", "2026-10-20"), ("2026-10-30", "2026-12-15")),
    ("Spring                                 Jan 2nd  to Feb 9th                                  Feb 19th to March 29th",
     "Spring", ("2027-01-02", "2027-02-09"), ("2027-02-19", "2027-03-29")),
    ("Summer                              April 16th  to May 25th                          Jun 4th to Jul 25th",
     "Summer", ("2027-04-16", "2027-05-25"), ("2027-06-04", "2027-07-25")),
]
for line, name, first, second in TERMS:
    P.item(line, ev(*first), ev(*second), title=name)
    P.para("")
P.item("Inset Days                         October 23rd, November 17th, January 25th, March 8th, April 26th",
       *[ev(d) for d in ("2026-10-23", "2026-11-17", "2027-01-25", "2027-03-08", "2027-04-26")],
       title="Inset Days")
P.save_txt()
