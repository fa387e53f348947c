"""Ysgol Dinas Brân (Llangollen): "Important Dates 2023/24", Word paragraphs with no table:
a heading per term, then a label and its date after a colon, the date written day/month/year
the British way ("Staff Training Day: 01/09/2023", "Close Half Term: 27/10/2023"); "(last day
for pupils)" on a line of its own under the end of term."""
from en_corpus import EnPlan, ev

P = EnPlan("en-13-dinas-bran-dates-2023-2024",
           source="http://www.dinasbran.co.uk/sch/term-dates/",
           batch="2026-12-07-en-2", academic_year="2023-2024")
P.para("Calendar", bold=True)
P.para("Important Dates 2023/24", bold=True)
P.para("School Calendar", bold=True)


def line(label, date):
    d, m, y = date.split("/")
    P.item(f"{label}: {date}", ev(f"{y}-{m}-{d}"), title=label)


P.para("Autumn Term", bold=True)
line("Staff Training Day", "01/09/2023")
line("Open to all years", "04/09/2023")
line("Close Half Term", "27/10/2023")
line("Staff Training Day", "06/11/2023")
line("Open", "07/11/2023")
line("Close end of term", "21/12/2023")
P.para("(last day for pupils)")
line("Staff Training Day", "22/12/2023")
P.para("Spring Term", bold=True)
line("Staff Training Day", "08/01/2024")
line("Open", "09/01/2024")
line("Close Half Term", "09/02/2024")
line("Open", "19/02/2024")
line("Close end of term", "21/03/2024")
P.para("(last day for pupils)")
line("Staff Training Day", "22/03/2024")
P.para("Summer Term", bold=True)
line("Open", "08/04/2024")
line("May day", "06/05/2024")
line("Close Half Term", "24/05/2024")
line("Open", "03/06/2024")
line("Close end of term", "18/07/2024")
P.para("(last day for pupils)")
line("Staff Training Day", "19/07/2024")
P.save_docx()
