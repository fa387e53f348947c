"""City of Effingham (Illinois) FAQ: "When is your Open House Day?", Word paragraphs: a site
banner line, the question, and the answer with the yearly rule and no year ("The Fire Department
Open House is normally scheduled on the first full week of October — which is Fire Prevention Week
across the nation."): a yearly recurrence over the plan year (TIMING.md's recurring, as en-47)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-67-effingham-fire-open-house", source="https://www.effinghamil.com/question/when-is-your-open-house-day/",
           batch="2026-12-07-en-12", kind="event-plan", academic_year="2026-2027")
P.para("Welcome to our new website! Learn more")
P.para("When is your Open House Day?", bold=True)
P.item("The Fire Department Open House is normally scheduled on the first full week of October — which is Fire "
       "Prevention Week across the nation. Notice of the Open House is sent to the local schools, newspapers, and radio "
       "stations.", ev("2026-09-01", "2027-08-31", title="Open House"))
P.para("Close window")
P.save_docx()
