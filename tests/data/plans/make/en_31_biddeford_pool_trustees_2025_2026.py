"""Biddeford Pool Community Center (Maine): "Board of Trustees Meetings", 2025-2026 schedule, a
web page of paragraphs. A lead line says the meetings fall on the 3rd Thursday of each month at
4:00pm "unless otherwise posted"; then a date a line, some with a note in brackets ("December
18, 2025 (Festive Dress)", "June 18, 2026 (4:15pm start time)" — a clock time, no date), a
"Summer Recess" line with no date (a gap, not an event), and "October 16, 2026, Annual Meeting
(time and place to be determined)" — the name after the date."""
from en_corpus import EnPlan, ev

P = EnPlan("en-31-biddeford-pool-trustees-2025-2026",
           source="https://biddefordpoolcommunitycenter.org/trustee-meetings",
           batch="2026-12-07-en-5", kind="council-plan", academic_year="2025-2026")
P.para("Board of Trustees Meetings", bold=True)
P.para("2025–2026 Schedule", bold=True)
P.para("Meetings will take place on the 3rd Thursday of each month at 4:00pm unless otherwise posted.")
for text, day in [("November 20, 2025", "2025-11-20"), ("December 18, 2025 (Festive Dress)", "2025-12-18"),
                  ("January 15, 2026", "2026-01-15"), ("February 19, 2026", "2026-02-19"),
                  ("March 19, 2026", "2026-03-19"), ("April 16, 2026", "2026-04-16"),
                  ("May 21, 2026", "2026-05-21"), ("June 18, 2026 (4:15pm start time) ", "2026-06-18")]:
    P.item(text, ev(day), title="Meeting")
P.para("Summer Recess")
P.item("September 17, 2026", ev("2026-09-17"), title="Meeting")
P.item("October 16, 2026, Annual Meeting (time and place to be determined)", ev("2026-10-16"),
       title="Annual Meeting")
P.save_docx()
