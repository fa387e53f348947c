"""Hassocks Infant School (West Sussex): "Diary Dates", spring term 2023, as a Word table with
no header row and no year in any date ("Tuesday 3rd January", "w/c 27th February"): the year
comes from "Spring Term 2023". Holidays are merged rows ("HALF TERM - Monday 13th to Friday
17th February"); some rows hold their text in the time column; one cell packs three events of
the same day; one row gives two adjacent days. The stored copy ends inside a row of 28 March
(dropped)."""
from vi_corpus import Plan, ev

P = Plan("en-01-hassocks-diary-spring-2023",
         source="https://www.hassocks.w-sussex.sch.uk/page/?title=Diary+Dates&pid=30",
         kind="other", academic_year="2022-2023", title_col=2, lang="en")
P.para("Diary Dates", bold=True)
P.para("Spring Term 2023", bold=True)
P.para("For specific events, further information will follow nearer the time")
P.table(None)
P.section("CHRISTMAS HOLIDAYS - Monday 19th December to Tuesday 3rd January")
P._add_event("", ev("2022-12-19", "2023-01-03", title="CHRISTMAS HOLIDAYS"))
P._rows.append(("row", ["Tuesday 3rd January", "INSET day – School closed for all pupils", ""]))
P._add_event("", ev("2023-01-03", title="INSET day – School closed for all pupils"))
P._rows.append(("row", ["Wednesday 4th January", "School re-opens for all children", ""]))
P._add_event("", ev("2023-01-04", title="School re-opens for all children"))
rows = [
    ("Thursday 19th January", "3pm", "Year 2 choir starts for those attending", "2023-01-19"),
    ("Friday 27th January", "All day", "Year 2 trip to The Natural History Museum", "2023-01-27"),
    ("Friday 3rd February", "8.50 - 9.10am", "'Find Out Friday' - parents and carers invited into school to visit classrooms", "2023-02-03"),
    ("Tuesday 7th February", "All day", "Whole school ‘Safer Internet Day’", "2023-02-07"),
]
for d, t, e, iso in rows:
    P.row([d, t, e], ev(iso))
P._rows.append(("row", ["Friday 10th February", "All day\n3pm",
                        ["Year 2 Inventors Day - details TBC closer to the date",
                         "Last day of half term and ‘Dress to Express’ day – children invited to come to school in their own clothes as part of Children’s Mental Health Week",
                         "FoHIS Cake Sale"]]))
P._add_event("", ev("2023-02-10", title="Year 2 Inventors Day"))
P._add_event("", ev("2023-02-10", title="Last day of half term and ‘Dress to Express’ day"))
P._add_event("", ev("2023-02-10", title="FoHIS Cake Sale"))
P.section("HALF TERM - Monday 13th to Friday 17th February")
P._add_event("", ev("2023-02-13", "2023-02-17", title="HALF TERM"))
P.row(["Wednesday 22nd February\nThursday 23rd February", "3.30-6pm",
       "Parent Consultations – school cloud links to book appointments will be sent to parents/carers w/c 7th February via ParentMail"],
      ev("2023-02-22", "2023-02-23", title="Parent Consultations"))
P.row(["w/c 27th February", "All week", "Whole school reading week – details TBC closer to the date"],
      ev("2023-02-27", "2023-03-05", precision="week"))
rows = [
    ("Monday 27th February", "All day", "Book Nook visiting for Book Fair – details TBC closer to the date", "2023-02-27"),
    ("Wednesday 1st March", "p.m.", "Book Nook visiting for Book Fair – details TBC closer to the date", "2023-03-01"),
    ("Thursday 2nd March", "All day", "Whole school ‘World Book day’ – children to bring a plain white T-shirt to school", "2023-03-02"),
    ("Friday 17th March", "All day", "Whole school ‘Red Nose Day’ – details TBC closer to the date", "2023-03-17"),
    ("Tuesday 21st March", "a.m.", "Reception trip to Butchers Wood – details TBC closer to the date", "2023-03-21"),
    ("Thursday 23rd March", "All day", "Whole school ‘Maths Day’ – details TBC closer to the date", "2023-03-23"),
    ("Friday 24th March", "All day", "Year 1 Pirate Day – children invited to come to school dressed as pirates", "2023-03-24"),
]
for d, t, e, iso in rows:
    P.row([d, t, e], ev(iso))
P.save_docx()
