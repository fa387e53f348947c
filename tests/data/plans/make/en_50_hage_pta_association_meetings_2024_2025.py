"""Hage Elementary PTA (hagepta.org): "PTA Association Meetings", 2024-25. Paragraphs on what an
association meeting is (no dates), then "Meeting schedule for 2024-25" over four lines
"<Weekday>, <Month> <d>th @ 5:30pm | Location: Auditorium" with no year (September is 2024, January
and April 2025 by the heading's school year), the last one's place "tbd" (no place). One weekday
does not fit its date ("Friday, January 15th": 15 January 2025 is a Wednesday) — the date as written
is what a reader keeps. Saved as Word paragraphs."""
from en_corpus import EnPlan, ev

P = EnPlan("en-50-hage-pta-association-meetings-2024-2025", source="https://hagepta.org/association-meetings",
           batch="2026-12-07-en-9", kind="meeting-plan", academic_year="2024-2025")
P.para("PTA Association Meetings", bold=True)
P.para("What are Association Meetings?", bold=True)
P.para("All PTA members are the “association” for a school's PTA and play an important part in conducting the "
       "business of a PTA. By participating in association meetings, general members have the opportunity to make "
       "motions, provide input on agenda items and make collective decisions by voting on actions for a PTA. They "
       "also vote to approve programs and activities recommended by the executive board. And, they are responsible "
       "for adopting budgets and audits as well as approving the expenditures of a PTA.")
P.para("ALL parents and caregivers are encouraged to attend association meetings (whether or not you are a PTA "
       "member), however voting is reserved for PTA members.")
P.para("Meeting schedule for 2024-25", bold=True)
for text, day, place in [("Wednesday, September 4th @ 5:30pm | Location: Auditorium", "2024-09-04", "Auditorium"),
                         ("Friday, January 15th @ 5:30pm | Location: Auditorium", "2025-01-15", "Auditorium"),
                         ("Wednesday, April 9th @ 5:30pm | Location: Auditorium", "2025-04-09", "Auditorium"),
                         ("Friday, April 18th @ 5:30pm | Location: tbd", "2025-04-18", None)]:
    kw = {"location": place} if place else {}
    P.item(text, ev(day, **kw), title="Association meeting")
P.para("Did you know...?", bold=True)
P.save_docx()
