"""Seven Kings School (Ilford), infants' "Dates for the diary", 2016 - 2017, kept as Word
paragraphs: term dates under a heading per term ("Autumn 2016", then "TERM:" and "Half term:"
lines with a tab before the dates, no year in them), a list of bank holidays with the holiday's
name in brackets after the date, then "LIST OF EVENTS 2016-2017" in half-term sections where
each event is a date line ("5th Sep", "12th Sep (all wk)", "28th & 30th Nov") followed by the
event's own line. The stored copy ends inside the 3rd February event (dropped)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-08-seven-kings-diary-2016-2017",
           source="http://www.sevenkings.school/187/dates-for-the-diary",
           batch="2026-12-07-en-1", academic_year="2016-2017")
P.para("Dates for the diary", bold=True)
P.para("2016 - 2017 dates", bold=True)
TERMS = [
    ("Autumn 2016", [("TERM:\tMonday 5 September to Friday 16 December", "TERM", "2016-09-05", "2016-12-16"),
                     ("Half term:\tMonday 24 October to Friday 28 October", "Half term", "2016-10-24", "2016-10-28")]),
    ("Spring 2017", [("TERM:\tTuesday 3 January to Friday 31 March", "TERM", "2017-01-03", "2017-03-31"),
                     ("Half term:\tMonday 13 February to Friday 17 February", "Half term", "2017-02-13", "2017-02-17"),
                     ("Inset day:\tFriday 20 January", "Inset day", "2017-01-20", None)]),
    ("Summer 2017", [("TERM:\tTuesday 18 April to Friday 21 July", "TERM", "2017-04-18", "2017-07-21"),
                     ("Half term:\tMonday 29 May to Friday 2 June", "Half term", "2017-05-29", "2017-06-02"),
                     ("Inset day:\tFriday 23 June", "Inset day", "2017-06-23", None)]),
]
for heading, lines in TERMS:
    P.para(heading, bold=True)
    for text, title, start, end in lines:
        P.item(text, ev(start, end), title=title)
P.para("Bank holidays in 2016/2017", bold=True)
for text, title, iso in [
    ("Monday 26 December 2016 (Christmas Day)", "Christmas Day", "2016-12-26"),
    ("Tuesday 27 December 2016 (Boxing Day)", "Boxing Day", "2016-12-27"),
    ("Monday 2 January 2017 (New Year’s Day)", "New Year’s Day", "2017-01-02"),
    ("Friday 14 April 2017 (Good Friday)", "Good Friday", "2017-04-14"),
    ("Monday 17 April 2017 (Easter Monday)", "Easter Monday", "2017-04-17"),
    ("Monday 1 May 2017 (May Day)", "May Day", "2017-05-01"),
    ("Monday 29 May 2017 (Spring Bank Holiday)", "Spring Bank Holiday", "2017-05-29"),
    ("Monday 28 August 2017 (Summer Bank Holiday)", "Summer Bank Holiday", "2017-08-28"),
]:
    P.item(text, ev(iso), title=title)
P.para("LIST OF EVENTS 2016-2017", bold=True)
SECTIONS = [
    ("Autumn Term – first half", [
        ("5th Sep", "Summer Reception & Year 1 start", "2016-09-05", None),
        ("9th Sep", "Year 1 trip to Valentines Park", "2016-09-09", None),
        ("12th Sep", "Spring Reception start", "2016-09-12", None),
        ("12th Sep (all wk)", "Meet the teacher meetings (Year 1)", "2016-09-12", "2016-09-16"),
        ("19th Sep", "Autumn Reception start", "2016-09-19", None),
        ("26th Sep", "Meet the teacher meeting (Bancroft class) 2.40pm", "2016-09-26", None),
        ("27th Sep", "Meet the teacher meeting (Llort class) 2.40pm", "2016-09-27", None),
        ("28th Sep", "Meet the teacher meeting (Hylton class) 2.40pm", "2016-09-28", None),
        ("29th Sep", "Meet the teacher meeting(Kusama class) 2.40pm", "2016-09-29", None),
        ("26th  Sep", "Reception start full time", "2016-09-26", None),
        ("5th  Oct", "Reception Firefly, phonics and reading workshop for parents 2.20pm", "2016-10-05", None),
        ("19th Oct", "Year 1 exhibition for parents 2.00pm", "2016-10-19", None),
    ]),
    ("Autumn Term – second half", [
        ("3rd Nov", "Year 1 Maths Workshop for parents 2.20pm", "2016-11-03", None),
        ("15th Nov", "Group photos", "2016-11-15", None),
        ("28th & 30th Nov", "Parent Consultations (Reception and year 1) 3.15 – 6.00pm", "2016-11-28", "2016-11-30"),
        ("14th Dec", "Christmas production (Year 1) 2.00pm", "2016-12-14", None),
    ]),
    ("Spring term – first half", [
        ("6th Jan", "Year 1 trip to Museum of London (all day)", "2017-01-06", None),
        ("12th Jan", "Reception maths workshop for parents 2.20pm", "2017-01-12", None),
        ("20th Jan", "INSET day (no school for children)", "2017-01-20", None),
    ]),
]
for heading, items in SECTIONS:
    P.para(heading, bold=True)
    for date, text, start, end in items:
        P.para(date)
        P.item(text, ev(start, end))
P.save_docx()
