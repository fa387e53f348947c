"""Evelyn Community Primary School: "Annual cycle of key dates 2014 - 2015", dates for the
diary September - December 2014, as a two-column Word table with no header (event | date)
under a merged "AUTUMN TERM" row; the dates carry weekdays, clock times after a dash ("Friday
10th October - 1.30pm"), "Week Beginning 15th September", "To be advised", "(for 1 week)";
one row gives two meetings, a date per line, with the room under the title; some title cells
carry a second line of detail ("Theme: Structures and Mechanisms"). The stored copy ends
inside the row after the Christmas Fair (dropped)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-12-evelyn-key-dates-autumn-2014",
           source="https://docsbay.net/dates-for-your-diary-january-april-2001",
           batch="2026-12-07-en-2", academic_year="2014-2015", title_col=0)
for line in ["EVELYN C.P. SCHOOL", "ANNUAL CYCLE OF KEY DATES", "2014 - 2015",
             "DATES FOR INSPIRE", "STAY & PLAY EVENTS", "(PLEASE KEEP IN A SAFE PLACE)"]:
    P.para(line, bold=True, center=True)
P.para("We will endeavour to notify you of any changes at the earliest opportunity.")
P.para("DATES FOR YOUR DIARY SEPTEMBER - DECEMBER 2014", bold=True)
P.table(None, title_col=0)
P.section("AUTUMN TERM")
W = "week"
ROWS = [
    ("Nursery Home Visits", "Tuesday 2nd September – Monday 15th September", ev("2014-09-02", "2014-09-15")),
    ("Library sessions to start", "Week Beginning 15th September", ev("2014-09-15", "2014-09-21", precision=W)),
    ("Ladybirds ‘Meet the Teacher’", "Tuesday 30th September", ev("2014-09-30")),
    ("Butterflies ‘Meet the Teacher’", "Tuesday 30th September", ev("2014-09-30")),
    ("After School Clubs to start", "Week Beginning 15th September", ev("2014-09-15", "2014-09-21", precision=W)),
    ("Nursery new starters ‘Fun Day’", "Tuesday 16th September", ev("2014-09-16")),
    ("Harvest Festival", "Thursday 2nd October - 2.30p.m. led by Y4", ev("2014-10-02")),
]
for title, date, e in ROWS:
    P.row([title, date], e)
P.row(["Governor Meetings\n(in Multi-Media room)",
       "Thursday, 2nd October- 3.45p.m.\nThursday, 13th November – 3.45p.m."],
      ev("2014-10-02", title="Governor Meetings", location="Multi-Media room"),
      ev("2014-11-13", title="Governor Meetings", location="Multi-Media room"))
P.row(["‘Learning a new skill’ Day\nFocus this year will be learning skills to achieve our Student Exit Profile",
       "Friday, 3rd October"], ev("2014-10-03", title="‘Learning a new skill’ Day"))
P.row(["Photographs for Reception, Y3 & Y6 - whole class groups", "To be advised"], ev(None))
ROWS = [
    ("Year 6 Inspire Afternoon", "Friday 10th October - 1.30pm", ev("2014-10-10")),
    ("Assessment Week", "Week beginning Monday 6th October", ev("2014-10-06", "2014-10-12", precision=W)),
]
for title, date, e in ROWS:
    P.row([title, date], e)
P.row(["TECHNOLOGY THEME WEEK\nTheme: Structures and Mechanisms\nSkills to be developed: Problem Solving, Application of Number",
       "Week Beginning 13th October"], ev("2014-10-13", "2014-10-19", title="TECHNOLOGY THEME WEEK", precision=W))
ROWS = [
    ("Individual Target Setting Week", "Week Beginning Monday, 13th October", ev("2014-10-13", "2014-10-19", precision=W)),
    ("House Day", "Wednesday 22nd October", ev("2014-10-22")),
    ("Year 5 Inspire Afternoon", "Friday 24th October – 1.30pm", ev("2014-10-24")),
    ("Half Term", "Friday 24th October (for 1 week)", ev("2014-10-27", "2014-10-31")),
    ("Return to school", "Monday 3rd November", ev("2014-11-03")),
    ("‘Meet the Teacher’ Evening (Y2 – Y6)", "Tuesday, 4th November - 4.15p.m. – 6p.m.", ev("2014-11-04")),
    ("Uniform Day (Opportunity to purchase)", "Tuesday, 4th November - 2.45p.m. – 6.15p.m.", ev("2014-11-04")),
    ("Special Needs Support Group Meeting", "Thursday 6th November, 2pm", ev("2014-11-06")),
    ("Entrepreneurial Week", "Monday 10th November", ev("2014-11-10", "2014-11-14", precision=W)),
    ("Eco Day", "Friday 14th November", ev("2014-11-14")),
    ("Year 4 Inspire Afternoon", "Friday 21st November – 1.30pm", ev("2014-11-21")),
    ("Coffee Afternoon for Parents of Special Needs Children.", "Thursday 27th November - 2pm", ev("2014-11-27")),
    ("Handwriting/Achievement Assembly", "Thursday 4th December–9.15am", ev("2014-12-04")),
    ("Christmas Fair", "Friday, 5th December – 3.30 – 5.30pm", ev("2014-12-05")),
]
for title, date, e in ROWS:
    P.row([title, date], e)
P.save_docx()
