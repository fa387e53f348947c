"""Fairfield (New Jersey) Police Department: the "national night out" page. Under the heading and
image names, one paragraph gives the event as a yearly habit inside a sentence: "National Night Out,
which takes place on the first Tuesday of August each year, is an annual community-building
campaign … Since 2015, the police department has coordinated a town wide event …" — recurring
yearly (TIMING.md), no year written, so read in 2026-2027 (../README-ru.md): the window is that
school year. "Since 2015" is no date of the event."""
from en_corpus import EnPlan, ev

P = EnPlan("en-47-fairfield-police-national-night-out",
           source="https://fairfieldpolicenj.org/copy-of-aryia-s-wish",
           batch="2026-12-07-en-8", kind="event-plan")
P.para("national night out", bold=True)
for line in ["thumbnail_NNO 2", "thumbnail_NNO 4", "thumbnail_NNO 1", "thumbnail_NNO 2"]:
    P.para(line)
P.item("National Night Out, which takes place on the first Tuesday of August each year, is an annual community-building "
       "campaign that promotes police-community partnerships and neighborhood camaraderie. Since 2015, the police "
       "department has coordinated a town wide event that usually includes free food and water, ice cream, games, "
       "entertainment but most importantly, the opportunity to spend time with our police officers in a different "
       "environment and way then most citizens usually do.",
       ev("2026-09-01", "2027-08-31"), title="National Night Out")
P.save_docx()
