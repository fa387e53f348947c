"""A school PTO calendar for 2017-2018 ("Please Note: Dates and Times May Change 5/16/17" — the date
it was printed, no event), as docest.com stores the document's text, saved as text: month headings
(one with a month-long item after a dash, "August - Turn in Boxtops all month", "October – Schoola
Clothes Drive"), then lines that start with the day number glued to the name ("16Kinder Meet the
Teacher", "28-31MAP Testing (3-6)", "10 – 13MINIMUM DAYS out at 12:35 – …") — even when the name
starts with a grade ("303rd & 4th Awards Assembly- 8:05" is the 30th, "155th grade Walk through
America" the 15th) — and lines with no number that belong to the day above them (a day cell of the
calendar holding several items: "Picture Day" under "1MAP Testing (3-6)"). One line names a span
across months ("December 24 - January 16 NO SCHOOL Winter Break"), one has no day ("TBD - Internet
Safety Night 4- 6 grades", in October). The stored copy ends at "Feb" (cut there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-60-pto-calendar-2017-2018",
           source="https://docest.com/doc/273446/please-note-dates-and-times-may-change-5-16-17",
           batch="2026-12-07-en-11", kind="pta-plan", academic_year="2017-2018")
LINES = [
    ("Please Note: Dates and Times May Change 5/16/17", None),
    ("August - Turn in Boxtops all month", ("Turn in Boxtops", "2017-08-01", "2017-08-31")),
    ("16Kinder Meet the Teacher", ("Kinder Meet the Teacher", "2017-08-16", None)),
    ("17First Day of School/Coffee and Kleenex- 9am", ("First Day of School", "2017-08-17", None)),
    ("24Back to School Night - 6pm", ("Back to School Night", "2017-08-24", None)),
    ("23PTO Mtg. - 6:30pm", ("PTO Mtg.", "2017-08-23", None)),
    ("25Spirit Day: Fancy Day - dress up in your best clothes", ("Spirit Day: Fancy Day", "2017-08-25", None)),
    ("28-31MAP Testing (3-6)", ("MAP Testing", "2017-08-28", "2017-08-31")),
    ("September", None),
    ("1MAP Testing (3-6)", ("MAP Testing", "2017-09-01", None)),
    ("Picture Day", ("Picture Day", "2017-09-01", None)),
    ("Genevieve Fundraiser kick off", ("Genevieve Fundraiser kick off", "2017-09-01", None)),
    ("4NO SCHOOL Labor Day", ("NO SCHOOL Labor Day", "2017-09-04", None)),
    ("14Family Carnival Night - 5:30-7:30", ("Family Carnival Night", "2017-09-14", None)),
    ("19PTO Mtg. 6th grade teacher(s) as guest - 3:30", ("PTO Mtg.", "2017-09-19", None)),
    ("20Genevieve’s Fundraiser ends", ("Genevieve’s Fundraiser ends", "2017-09-20", None)),
    ("29MINIMUM DAY out at 12:35: Math Collaboration", ("MINIMUM DAY", "2017-09-29", None)),
    ("Parent/Principal Coffee - 9:00", ("Parent/Principal Coffee", "2017-09-29", None)),
    ("Spirit Day: Sports Day – Wear something representing your favorite sports team",
     ("Spirit Day: Sports Day", "2017-09-29", None)),
    ("October – Schoola Clothes Drive", ("Schoola Clothes Drive", "2017-10-01", "2017-10-31")),
    ("6Hearing Screening", ("Hearing Screening", "2017-10-06", None)),
    ("10 – 13MINIMUM DAYS out at 12:35 – Parent Teacher Conferences", ("MINIMUM DAYS", "2017-10-10", "2017-10-13")),
    ("12Evening conferences with translators available - 6:00-8:00",
     ("Evening conferences with translators available", "2017-10-12", None)),
    ("Vision Screening", ("Vision Screening", "2017-10-12", None)),
    ("16-20MAP testing for 1&2 grades", ("MAP testing", "2017-10-16", "2017-10-20")),
    ("17PTO Meeting - 6:30", ("PTO Meeting", "2017-10-17", None)),
    ("19Tech Fun Night - 5:30-7:00", ("Tech Fun Night", "2017-10-19", None)),
    ("23-27Red Ribbon Week", ("Red Ribbon Week", "2017-10-23", "2017-10-27")),
    ("25Picture Retake Day", ("Picture Retake Day", "2017-10-25", None)),
    ("31Spirit Day: Dress as your Favorite Character", ("Spirit Day: Dress as your Favorite Character", "2017-10-31", None)),
    ("TBD - Internet Safety Night 4- 6 grades", ("Internet Safety Night", "2017-10-01", "2017-10-31")),
    ("November", None),
    ("9 Grandparents Day", ("Grandparents Day", "2017-11-09", None)),
    ("10NO SCHOOL Veteran’s Day", ("NO SCHOOL Veteran’s Day", "2017-11-10", None)),
    ("15PTO Mtg. 5th grade teacher(s) as guest - 3:30", ("PTO Mtg.", "2017-11-15", None)),
    ("16 Wax Museum/Silent Auction - 5:30", ("Wax Museum/Silent Auction", "2017-11-16", None)),
    ("16Report Cards home", ("Report Cards home", "2017-11-16", None)),
    ("Spirit Day: Honor Those Who Serve - Dress as a profession that helps others",
     ("Spirit Day: Honor Those Who Serve", "2017-11-16", None)),
    ("20-24NO SCHOOL Thanksgiving Break", ("NO SCHOOL Thanksgiving Break", "2017-11-20", "2017-11-24")),
    ("303rd & 4th Awards Assembly- 8:05", ("3rd & 4th Awards Assembly", "2017-11-30", None)),
    ("Kindergarten Awards Assembly- 8:30", ("Kindergarten Awards Assembly", "2017-11-30", None)),
    ("December", None),
    ("15th & 6th grade Awards Assembly- 8:05", ("5th & 6th grade Awards Assembly", "2017-12-01", None)),
    ("1 & 2 grade Awards Assembly- 9:30", ("1 & 2 grade Awards Assembly", "2017-12-01", None)),
    ("4-8MAP testing 3 – 6 grades", ("MAP testing", "2017-12-04", "2017-12-08")),
    ("75th grade Walkthrough America (half day- pm)", ("5th grade Walkthrough America", "2017-12-07", None)),
    ("7Honor Roll Assembly - 2:45", ("Honor Roll Assembly", "2017-12-07", None)),
    ("11Winter Performance Rehearsal", ("Winter Performance Rehearsal", "2017-12-11", None)),
    ("12Winter Performance at Clark Center", ("Winter Performance", "2017-12-12", None)),
    ("155th grade Walk through America (full day)", ("5th grade Walk through America", "2017-12-15", None)),
    ("18 -22Holiday Store", ("Holiday Store", "2017-12-18", "2017-12-22")),
    ("22Spirit Day - Pajama Day - wear your jammies", ("Spirit Day - Pajama Day", "2017-12-22", None)),
    ("December 24 - January 16 NO SCHOOL Winter Break", ("NO SCHOOL Winter Break", "2017-12-24", "2018-01-16")),
    ("January – turn in Boxtops all month", ("turn in Boxtops", "2018-01-01", "2018-01-31")),
    ("15NO SCHOOL Martin Luther King Jr. Day", ("NO SCHOOL Martin Luther King Jr. Day", "2018-01-15", None)),
    ("16First Day of School after Winter Break", ("First Day of School after Winter Break", "2018-01-16", None)),
    ("PTO Mtg. - 6:30", ("PTO Mtg.", "2018-01-16", None)),
    ("26Parent/Principal Coffee - 9:00", ("Parent/Principal Coffee", "2018-01-26", None)),
    ("Spirit Day: Twin Day", ("Spirit Day: Twin Day", "2018-01-26", None)),
    ("Feb", None),
]
for text, e in LINES:
    if e is None:
        P.para(text)
        continue
    t, s, en = e
    kw = {"location": "Clark Center"} if t == "Winter Performance" else {}
    P.item(text, ev(s, en, title=t, **kw))
P.save_txt()
