"""BES PTA (besptatigers.com): the MEETINGS page, 2025-26. A lead paragraph says
what every meeting is and where ("General Association Meetings are held on the third or fourth
Wednesday of the month. They start at 8:30am in the MPR, …" — the name, the hour and the place of
every line below, the rule itself no event), then "2025-26 Meetings" over seven lines that are
dates only, one with a link word after it ("August 20, 2025 Minutes") and one with a note in
brackets ("March 18, 2026 (Annual Election for incoming 26-27 PTA Executive Board)"). Saved as
Word paragraphs, as the page shows them."""
from en_corpus import EnPlan, ev

P = EnPlan("en-48-bes-pta-meetings-2025-2026", source="https://www.besptatigers.com/meetings",
           batch="2026-12-07-en-9", kind="meeting-plan", academic_year="2025-2026")
P.para("MEETINGS", bold=True)
P.para("General Association Meetings are held on the third or fourth Wednesday of the month. They start at 8:30am "
       "in the MPR, but please check the weekly Tidbits for updated information, as meetings may get rescheduled. "
       "Hope to see you there!  ")
P.para("2025-26 Meetings", bold=True)
for text, day in [("August 20, 2025 Minutes", "2025-08-20"), ("September 24, 2025", "2025-09-24"),
                  ("October 29, 2025", "2025-10-29"), ("January 28, 2026", "2026-01-28"),
                  ("February 18, 2026", "2026-02-18"),
                  ("March 18, 2026 (Annual Election for incoming 26-27 PTA Executive Board)", "2026-03-18"),
                  ("April 22, 2026", "2026-04-22")]:
    P.item(text, ev(day, location="MPR"), title="General Association Meeting")
P.save_docx()
