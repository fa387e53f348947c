"""JES PTA (jespta.com): the PTA calendar 2025-2026, Word paragraphs as the page lays it out — a
date line ("Aug 11 • 4:30pm – 6:00pm", "Sept 11 & 12: • Lunch Time", "Oct 30 through Nov 11:", "Oct
TBA", "Feb TBA", "Apr 9, 16, 30", "Mar 16-20") over one or more name lines (four events under "Sept
9 • 11:30am – 1:00pm", three under "Nov 11 • TIMES TBA", one of them "5-10am Superintendent
Roundtable" whose day a reader cannot tell: listed undated), note lines in brackets or after the
name ("Volunteers needed!", "(District run)"), and month headings that come after the month's first
entries ("August" under Aug 11, "March" under Mar 10). No year but the heading "2025-2026"
(August–December 2025, January–May 2026). The stored copy ends inside the last name ("Teacher
Appreciation We"; cut there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-59-jes-pta-calendar-2025-2026", source="https://www.jespta.com/calendar",
           batch="2026-12-07-en-11", kind="pta-plan", academic_year="2025-2026")
P.para("2025-2026", bold=True)
CMT = "Casa Mañana Theatre"
# (line, events) — each event: (title, start, end, extra)
LINES = [
    ("Aug 11 • 4:30pm – 6:00pm", []), ("Meet the Teacher", [("Meet the Teacher", "2025-08-11", None, {})]),
    ("We’ll have a photo opportunity under the stairs, a welcome and sign-up table, and a Spirit wear Pop Up Shop hosted "
     "by OneStop Promotions.", []),
    ("August", []), ("Aug 13 • 8:00am", []), ("Tears and Cheers", [("Tears and Cheers", "2025-08-13", None, {})]),
    ("Breakfast for provided for Pre-K and Kindergarten parents", []),
    ("Aug 20 • 6pm", []),
    ("PTA/Booster District Training", [("PTA/Booster District Training", "2025-08-20", None, {})]),
    ("Sept 9 • 11:30am – 1:00pm", []),
    ("Superintendents Welcome Lunch", [("Superintendents Welcome Lunch", "2025-09-09", None, {})]),
    ("Council Delegate Meeting", [("Council Delegate Meeting", "2025-09-09", None, {})]),
    ("PTA Executive Board Meeting 1:45pm", [("PTA Executive Board Meeting", "2025-09-09", None, {})]),
    ("PTA Meeting at 2pm", [("PTA Meeting", "2025-09-09", None, {})]),
    ("September", []), ("Sept 11 & 12: • Lunch Time", []),
    ("Grandparent’s Day", [("Grandparent’s Day", "2025-09-11", "2025-09-12", {})]),
    ("(11th Last names A-M)", []), ("(12th Last names N-Z)", []),
    ("Sept 16th", []), ("Fall Pictures", [("Fall Pictures", "2025-09-16", None, {})]),
    ("Volunteer information to come.", []),
    ("October", []), ("Oct 2 • TIME TBA", []),
    ("Justin Elementary Dedication", [("Justin Elementary Dedication", "2025-10-02", None, {})]),
    ("(District run)", []),
    ("Oct 30 • After School", []), ("Fall Festival", [("Fall Festival", "2025-10-30", None, {})]),
    ("Lots of volunteers needed for set-up, Fundraiser Auction, concessions, and tear down!", []),
    ("Oct 30 through Nov 11:", []), ("Book Fair", [("Book Fair", "2025-10-30", "2025-11-11", {})]),
    ("Lots of volunteers needed!", []),
    ("Oct TBA", []),
    ("Reflections Program Kickoff", [("Reflections Program Kickoff", "2025-10-01", "2025-10-31", {})]),
    ("(need chair & deadline for school submissions)", []),
    ("Oct 31 • TIME TBA", []), ("Book Character Parade", [("Book Character Parade", "2025-10-31", None, {})]),
    ("Nov 11 • TIMES TBA", []),
    ("Veteran’s Day Program", [("Veteran’s Day Program", "2025-11-11", None, {})]),
    ("Fall Photo Make-up Day", [("Fall Photo Make-up Day", "2025-11-11", None, {})]),
    ("5-10am Superintendent Roundtable", [("Superintendent Roundtable", None, None, {})]),
    ("November", []), ("Nov 18 • 10:00am – 11:15am", []),
    ("Council Delegate Meeting", [("Council Delegate Meeting", "2025-11-18", None, {})]),
    ("December", []), ("Dec 3", []), ("12 Days of Christmas", [("12 Days of Christmas", "2025-12-03", None, {})]),
    ("Dec 8 through 12", []),
    ("Holiday Shoppe Week", [("Holiday Shoppe Week", "2025-12-08", "2025-12-12", {})]),
    ("Dec 9", []),
    ("5th Grade field trip to Casa Mañana Theatre",
     [("5th Grade field trip", "2025-12-09", None, {"location": CMT})]),
    ("Jan 7", []),
    ("1st Day Back after Winter Break", [("1st Day Back after Winter Break", "2026-01-07", None, {})]),
    ("January", []), ("Jan 8", []),
    ("Bubble Bath Day / PTA Teacher Appreciation", [("Bubble Bath Day", "2026-01-08", None, {})]),
    ("February", []), ("Feb 4", []), ("Northwest Reads", [("Northwest Reads", "2026-02-04", None, {})]),
    ("Volunteers needed!", []),
    ("Feb 6", []), ("National Go Red Day", [("National Go Red Day", "2026-02-06", None, {})]),
    ("Feb 10", []), ("Ultimate Book Challenge", [("Ultimate Book Challenge", "2026-02-10", None, {})]),
    ("Feb 13", []), ("Valentine Parties", [("Valentine Parties", "2026-02-13", None, {})]),
    ("(PTA to do candy grams)", []),
    ("Feb TBA", []),
    ("4th grade field trip to Casa Mañana Theatre",
     [("4th grade field trip", "2026-02-01", "2026-02-28", {"location": CMT})]),
    ("Feb 17", []), ("Random Acts of Kindness Day", [("Random Acts of Kindness Day", "2026-02-17", None, {})]),
    ("Feb 20", []), ("3rd grade to Elm Fork", [("3rd grade to Elm Fork", "2026-02-20", None, {"location": "Elm Fork"})]),
    ("Feb 24", []),
    ("Expo District Wide Student Showcase", [("Expo District Wide Student Showcase", "2026-02-24", None, {})]),
    ("Mar 6 through 12", []),
    ("Book Fair (STEM theme)", [("Book Fair", "2026-03-06", "2026-03-12", {})]),
    ("Volunteers Needed!", []),
    ("Mar 10", []), ("Open House (STEM NIGHT)", [("Open House", "2026-03-10", None, {})]),
    ("March", []), ("Mar 11", []),
    ("Spring Class Photos (3 volunteers)", [("Spring Class Photos", "2026-03-11", None, {})]),
    ("Mar 16-20", []), ("SPRING BREAK", [("SPRING BREAK", "2026-03-16", "2026-03-20", {})]),
    ("April", []), ("Apr 9, 16, 30", []), ("STARR Testing", [("STARR Testing", "2026-04-09", "2026-04-30", {})]),
    ("Apr 23:", []), ("Jaguar Games", [("Jaguar Games", "2026-04-23", None, {})]),
    ("Lots of Volunteers Needed", []),
    ("May 4 through 8", []),
    ("Teacher Appreciation We", [("Teacher Appreciation", "2026-05-04", "2026-05-08", {})]),
]
for text, events in LINES:
    if not events:
        P.para(text)
        continue
    P.item(text, *[ev(s, e, title=t, **x) for t, s, e, x in events])
P.save_docx()
