"""Kent Free Library (Ohio): "Story Times", Fall 2025, Word paragraphs as the page shows them. The
season's span in one line ("Begins Tuesday, September 2 and ends Friday, November 14"), then seven
programmes, each a name line over "<Weekdays>  |  <clock>" and an age line ("Mondays  |  10:30 AM",
"First Saturdays  |  10:30 AM" — monthly), with no dates of their own: each repeats over the season
(TIMING.md: a recurring event's start/end are the window it repeats in). Hints as bullets close the
page (the stored copy ends inside the second)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-55-kent-free-library-storytimes-fall-2025", source="https://www.kentfreelibrary.org/events/storytimes",
           batch="2026-12-07-en-10", kind="library-plan", academic_year="2025-2026")
P.para("Story Times", bold=True)
P.para("Start your little one on the path to school success. Our story times encourage socialization, build early "
       "literacy skills, and provide tools you can use at home to help kids learn, play, and grow. Listen to stories, "
       "recite rhymes, sing songs, dance, and enjoy other movement activities together. It's also a great way to meet "
       "other families and make lifelong friends. ")
P.para("Story time is divided into age groups from birth to kindergarten. This allows our professional librarians to "
       "provide developmentally appropriate materials while engaging little ones with age-appropriate activities. ")
P.para("Fall 2025", bold=True)
P.para("Begins Tuesday, September 2 and ends Friday, November 14")
P.para("Registration is no longer required for story times, but space is limited. Please check in at the Youth "
       "Services Desk upon arrival to reserve your space in that day's story time. ")
SEASON = ("2025-09-02", "2025-11-14")
for name, when, who, what in [
        ("Toddler Tales", "Mondays  |  10:30 AM ", "Ages 2 & 3 with an adult", "Enjoy books, songs, and finger plays."),
        ("Baby & Me ", "Mondays  |  11:15 AM ", "Ages 0 - 23 months with an adult",
         "Stories, songs, rhymes, and play for babies and caregivers.  "),
        ("Music & Movement", "Tuesdays  |  10:30 AM", "All ages with an adult ", "Enjoy music, dancing, stories and more.  "),
        ("Pajama Time", "Tuesdays  |  6:30 PM ", "All ages with an adult ",
         "Books, songs, and finger plays. Children may wear their favorite PJs. "),
        ("Wednesdays Together", "Wednesdays  |  10:30 AM ", "All ages with an adult", "Books, songs, and more. "),
        ("Friday Family Time", "Fridays  |  10:30 AM", "All ages with an adult",
         "Bring the whole family for books, songs, and more."),
        ("Saturday Story Time", "First Saturdays  |  10:30 AM ", "All ages with an adult ",
         "Enjoy songs and stories the firs Saturday of each month. ")]:
    P.item(name, ev(*SEASON, title=name.strip()))
    for line in (when, who, what):
        P.para(line)
P.para("Helpful Hints to Make Story Time Successful:", bold=True)
P.para("Most story times take place in the story time room inside the DuBois Children's Reading Room. Some story times "
       "take place in the 2nd floor meeting room.", style="List Bullet")
P.para("Please arrive 5-10 minutes early as each story time is carefully designed to provide a routi",
       style="List Bullet")
P.save_docx()
