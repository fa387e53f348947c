"""P.S. 1K (New York City): the Parent Association page, 2024-2025. Paragraphs on what a PA is
and must do (bullets: "Ten monthly general membership meetings", "Quarterly meetings with the
principal" — requirements, not events), then "Meeting Information" over a Word table "Date |
Time" with a meeting a row ("September 17, 2024 | 8:15 AM"; one date typed "October 1. 2024"
with a full stop for the comma), and a last line "*Meetings are held in the school cafeteria"
— the place of every meeting. The rows name no event: each is a Parent Association meeting."""
from en_corpus import EnPlan, ev

P = EnPlan("en-28-ps1k-parent-association-meetings-2024-2025",
           source="https://www.ps1k.org/pa",
           batch="2026-12-07-en-4", kind="meeting-plan", academic_year="2024-2025", title_col=0)
P.para("Parent Association", bold=True)
P.para("Schools are required to have either a:")
for b in ["Parent Association (PA)", "Parent Teacher Association (PTA)"]:
    P.para(b, style="List Bullet")
P.para("These organizations:")
for b in ["advocate for students and families", "update parents and families about the school",
          "plan and run activities for parents and families"]:
    P.para(b, style="List Bullet")
P.para("PA/PTAs can support schools in a number of ways, including:")
for b in ["hosting parent workshops", "organizing activities for families—both academic and social",
          "raising funds", "running volunteer events"]:
    P.para(b, style="List Bullet")
P.para("Meetings", bold=True)
P.para("All PA/PTAs must hold at least:")
for b in ["Ten monthly general membership meetings ", "Ten executive board meetings  throughout the year",
          "Quarterly meetings with the principal"]:
    P.para(b, style="List Bullet")
P.para("Members must receive a minimum of 10 calendar days’ notice before the monthly meeting. This "
       "notice must include:")
for b in ["The date, time, place that the meeting will be held", "An agenda items that will be discussed"]:
    P.para(b, style="List Bullet")
P.para("Meeting Information", bold=True)
P.table(["Date", "Time"], title_col=0)
for text, day in [("September 17, 2024", "2024-09-17"), ("October 1. 2024", "2024-10-01"),
                  ("November 12, 2024", "2024-11-12"), ("December 3, 2024", "2024-12-03"),
                  ("January 7, 2025", "2025-01-07"), ("February 4, 2025", "2025-02-04"),
                  ("March 4, 2025", "2025-03-04"), ("April 8, 2025", "2025-04-08"),
                  ("May 6, 2025", "2025-05-06"), ("June 3, 2025", "2025-06-03")]:
    P._rows.append(("row", [text, "8:15 AM"]))
    P.event("Meeting", ev(day, location="school cafeteria"))
P.para("*Meetings are held in the school cafeteria")
P.save_docx()
