"""John P. McKenna PTA (mckennapta.com): the "PTA News" page as of August 13, 2017, saved as
text. A note dated "As of August 13, 2017:" (the page's date, no event; "We will vote on the
procedures at our September meeting" points at the first meeting below), then "2017-2018 Meeting
Dates" over lines "<Weekday>, <Month> <d>, <clock>" with no year (September to December are 2017,
January to June 2018, as the heading's school year says) and no name — the lead sentence says they
are the general meetings ("Times shown below are for the general meeting. Executive meeting begins
a half-hour before …" — the executive meeting is part of the same evening, not listed apart), and a
last one under its own name line ("PTA Awards Meeting" over "Wednesday, June 6, 6:00pm")."""
from en_corpus import EnPlan, ev

P = EnPlan("en-49-mckenna-pta-meetings-2017-2018", source="http://www.mckennapta.com/pta-news.html",
           batch="2026-12-07-en-9", kind="meeting-plan", academic_year="2017-2018")
for line in ["PTA News", "", "Please join us at our upcoming PTA meetings. We offer a variety of times to fit all "
             "schedules!", "", "See 2017-18 Meeting Dates to the left.", "", "As of August 13, 2017:", "",
             "We have been working on updating the PTA Procedures for the last two years. Procedures are rules that "
             "govern how our unit operates. ",
             "We will vote on the procedures at our September meeting. Once passed, the updated procedures will be "
             "shared on our website.", "", "2017-2018 Meeting Dates", "",
             "Times shown below are for the general meeting. Executive meeting begins a half-hour before the general "
             "meeting, with the exception of the PTA Awards Meeting, which begins at 6:00pm for all.", ""]:
    P.para(line)
for text, day in [("Tuesday, September 12, 9:30am", "2017-09-12"), ("Wednesday, October 11, 7:30pm", "2017-10-11"),
                  ("Thursday, November 16, 1:00pm", "2017-11-16"), ("Tuesday, January 16, 10:00am", "2018-01-16"),
                  ("Monday, March 12, 1:00pm", "2018-03-12"), ("Tuesday, April 17, 7:30pm ", "2018-04-17"),
                  ("Thursday, May 17, 12:30pm", "2018-05-17")]:
    P.item(text, ev(day), title="PTA meeting")
    P.para("")
P.para("PTA Awards Meeting")
P.para("")
P.item("Wednesday, June 6, 6:00pm", ev("2018-06-06"), title="PTA Awards Meeting")
P.para("")
P.para("John P. McKenna PTA")
P.save_txt()
