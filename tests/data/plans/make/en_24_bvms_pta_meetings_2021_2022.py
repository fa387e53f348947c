"""Beverly Vista Middle School PTA (Beverly Hills USD): "PTA Meetings" for 2021-2022, a school
page saved as text: a lead line saying the general meetings fall on the 3rd Tuesday of each
month "via Zoom", a "NEXT MEETING: THURSDAY September 23 @ 9am  *change due to the holidays"
line (the same meeting as the list's 9/23/21, not another one), a stray "pta meeting" (an
image's alternative text), a note that board meetings fall on the 1st Tuesday, then one line per
meeting, its date first in month/day/2-digit-year ("9/9/21 PTA Exec Board Mtg", "1/4/22   PTA
Exec Board Mtg  (Held via Zoom)", "9/23/21 PTA Meeting *change due to the holidays"), and a
closing NOTE that repeats the 4 January meeting. The general meetings are held via Zoom (the
lead line); the board meetings are not said to be, except the one of 4 January."""
from en_corpus import EnPlan, ev

P = EnPlan("en-24-bvms-pta-meetings-2021-2022",
           source="https://bvms.bhusd.org/apps/pages/index.jsp?uREC_ID=31680&type=d&pREC_ID=1730346",
           batch="2026-12-07-en-4", kind="meeting-plan", academic_year="2021-2022")
for line in [
    "PTA Meetings",
    "PTA Monthly General Meetings Dates",
    "**All PTA General Meetings will take place on the 3rd Tuesday of each month on the following "
    "schedule via Zoom:",
    "NEXT MEETING: THURSDAY September 23 @ 9am  *change due to the holidays",
    "pta meeting",
    "(Exec Board meetings should always fall on the 1st Tuesday of the month)",
    "",
]:
    P.para(line)
LINES = [
    ("9/9/21 PTA Exec Board Mtg", "2021-09-09"),
    ("9/23/21 PTA Meeting *change due to the holidays", "2021-09-23"),
    ("10/5/21 PTA Exec Board Mtg", "2021-10-05"),
    ("10/19/21 PTA Meeting ", "2021-10-19"),
    ("11/2/21 PTA Exec Board Mtg", "2021-11-02"),
    ("11/16/21  PTA Meeting ", "2021-11-16"),
    ("12/7/21  PTA Exec Board Mtg", "2021-12-07"),
    ("12/21/21   PTA Meeting ", "2021-12-21"),
    ("1/4/22   PTA Exec Board Mtg  (Held via Zoom)", "2022-01-04"),
    ("1/18/22    PTA Meeting ", "2022-01-18"),
    ("2/1/22   PTA Exec Board Mtg", "2022-02-01"),
    ("2/15/22    PTA Meeting", "2022-02-15"),
    ("3/1/22    PTA Exec Board Mtg", "2022-03-01"),
    ("3/15/22     PTA Meeting", "2022-03-15"),
    ("4/5/22    PTA Exec Board Mtg", "2022-04-05"),
    ("4/19/22     PTA Meeting", "2022-04-19"),
    ("5/3/22    PTA Exec Board Mtg", "2022-05-03"),
    ("5/17/22      PTA Meeting", "2022-05-17"),
]
for text, day in LINES:
    if "Exec Board" in text:
        e = ev(day, location="Zoom") if "Zoom" in text else ev(day)
        P.item(text, e, title="PTA Exec Board Mtg")
    else:
        P.item(text, ev(day, location="Zoom"), title="PTA Meeting")
P.para("NOTE: There is one EB meeting that will be Jan 4, 2022 held via Zoom so that we remain in "
       "compliance with our Bi-Laws. Since this meeting will occur during winter break, it will be "
       "short and sweet with no motions to vote on.")
P.save_txt()
