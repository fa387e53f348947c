"""Smithville ISD (Texas): "Board Meeting Dates and Times", a district page. A lead paragraph says
the Board of Trustees' regular meetings fall on the third Monday of every month at 6:00 p.m. "at
the Central Administration Building, 901 N.E. 6th Street, unless otherwise posted" (the place of
every regular meeting); then two bulleted lists of full dates with weekdays, the later school
year first ("Regular Meetings for the 2024-2025 School Year", then 2023-2024), and "Special
Meetings:" with one bullet whose bracket names the meeting ("Tuesday, September 19, 2023
(community meeting for strategic planning)")."""
from en_corpus import EnPlan, ev

P = EnPlan("en-29-smithville-isd-board-meetings",
           source="https://smithvilleisd.org/o/sisd/page/board-meeting-dates-and-times",
           batch="2026-12-07-en-5", kind="council-plan", academic_year="2024-2025")
P.para("Board Meeting Dates and Times", bold=True)
P.para("MEETING DATES & TIMES", bold=True)
P.para("The Board of Trustees holds Regular Board Meetings the third Monday of every month beginning at "
       "6:00 p.m. at the Central Administration Building, 901 N.E. 6th Street, unless otherwise posted. "
       "Special meetings can be called by the board president or the superintendent. All meetings must "
       "be publicly posted at least 72 hours prior to the meeting. Meetings of the Board of Trustees are "
       "by law open meetings, and the public is welcome and encouraged to attend.")
PLACE = "Central Administration Building"
LISTS = [
    ("Regular Meetings for the 2024-2025 School Year", [
        ("Monday, August 26, 2024", "2024-08-26"), ("Monday, September 16, 2024", "2024-09-16"),
        ("Monday, October 21, 2024", "2024-10-21"), ("Monday, November 18, 2024", "2024-11-18"),
        ("Monday, December 16, 2024", "2024-12-16"), ("Monday, January 27, 2025", "2025-01-27"),
        ("Monday, February 24, 2025", "2025-02-24"), ("Monday, March 31, 2025", "2025-03-31"),
        ("Monday, April 21, 2025", "2025-04-21"), ("Monday, May 19, 2025", "2025-05-19"),
        ("Monday, June 16, 2025", "2025-06-16"), ("Monday, July 21, 2025", "2025-07-21")]),
    ("Regular Meetings for the 2023-2024 School Year", [
        ("Monday, August 28, 2023", "2023-08-28"), ("Monday, September 18, 2023", "2023-09-18"),
        ("Monday, October 16, 2023", "2023-10-16"), ("Monday, November 13, 2023  ", "2023-11-13"),
        ("Monday, December 11, 2023", "2023-12-11"), ("Monday, January 22, 2024", "2024-01-22"),
        ("Monday, February 26, 2024", "2024-02-26"), ("Monday, March 25, 2024", "2024-03-25"),
        ("Monday, April 15, 2024", "2024-04-15"), ("Monday, May 20, 2024", "2024-05-20"),
        ("Monday, June 17, 2024", "2024-06-17"), ("Monday, July 15, 2024", "2024-07-15")]),
]
for heading, dates in LISTS:
    P.para(heading, bold=True)
    for text, day in dates:
        P.item(text, ev(day, location=PLACE), style="List Bullet", title="Regular Meeting")
P.para("Special Meetings:", bold=True)
P.item("Tuesday, September 19, 2023 (community meeting for strategic planning)", ev("2023-09-19"),
       style="List Bullet", title="community meeting for strategic planning")
P.save_docx()
