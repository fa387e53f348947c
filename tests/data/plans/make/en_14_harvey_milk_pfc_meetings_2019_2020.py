"""Harvey Milk Civil Rights Academy (San Francisco), Parent Faculty Club: "2019-2020 PFC
Meetings", Word paragraphs: when and where all meetings are ("2nd Tuesdays, 6:30 – 8 pm",
"School Cafeteria"), then one bullet per meeting, the month and day first and the agenda after
a colon ("September 10: Welcome to the PFC!"); the later meetings have a date and nothing
after the colon yet. Each bullet is a PFC meeting in the cafeteria."""
from en_corpus import EnPlan, ev

P = EnPlan("en-14-harvey-milk-pfc-meetings-2019-2020",
           source="https://harveymilk.com/parent-faculty-club/pfc-meetings/",
           batch="2026-12-07-en-2", academic_year="2019-2020")
P.para("PFC Meetings", bold=True)
P.para("PFC Meetings are held every second Tuesday at 6:30pm in the cafeteria – food and "
       "childcare provided.")
P.para("We encourage you to participate in at least two PFC meetings during the year; we invite "
       "you to share your voice on issues important to you and your family, vote on funding "
       "projects and get involved with HMCRA’s many facets. You will learn about:")
P.para("PFC Bylaws")
P.para("2019-2020 PFC Meetings", bold=True)
P.para("Mark your Calendars!")
P.para("When: 2nd Tuesdays, 6:30 – 8 pm")
P.para("Where: School Cafeteria")
P.para("FREE dinner and childcare beginning at 6:15pm")
HALL = "School Cafeteria"
MEETINGS = [
    ("September 10: Welcome to the PFC!", "Welcome to the PFC!", "2019-09-10"),
    ("October 8: PFC Budget revision vote, a-year-in-review & a look ahead; Fundraising",
     "PFC Budget revision vote", "2019-10-08"),
    ("November 12: PFC Updates & Open Volunteer Opportunities", "PFC Updates & Open Volunteer", "2019-11-12"),
    ("December 10: PFC Committee updates, Construction update & classroom moves, more tbd",
     "PFC Committee updates", "2019-12-10"),
    ("January 7:", "PFC", "2020-01-07"),
    ("February 11:", "PFC", "2020-02-11"),
    ("March 10:", "PFC", "2020-03-10"),
    ("April 14:", "PFC", "2020-04-14"),
    ("May 12:", "PFC", "2020-05-12"),
]
for text, title, iso in MEETINGS:
    P.item(text, ev(iso, location=HALL), title=title, style="List Bullet")
P.para("19-20 School Year Meeting Notes & Slides")
P.para("Past Meeting Notes")
P.save_docx()
