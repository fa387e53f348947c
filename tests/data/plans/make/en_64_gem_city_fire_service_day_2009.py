"""Gem City Images (a photo blog), "Annual Fire Service Day - May 9th 2009", Word paragraphs: the
date only in the post's title, then "Open house and pancake breakfast from 7 am to 11 am." (the
day's events and hours), a description and two readers' comments (one mentions another station's
open house with no date: no event)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-64-gem-city-fire-service-day-2009",
           source="http://www.gemcityimages.com/2009/05/annual-fire-service-day-may-9th-2009.html",
           batch="2026-12-07-en-12", kind="event-plan", academic_year="2008-2009")
P.item("Annual Fire Service Day - May 9th 2009", ev("2009-05-09", title="Annual Fire Service Day"))
P.para("Open house and pancake breakfast from 7 am to 11 am.  The trucks were moved outside to make room inside for all "
       "the people looking around and enjoying their pancakes.  Proceeds from the event go to help local charities.")
P.para("Tash said…")
P.para("Very nice! It reminded me that our local fire station is having an open house. I'm off to snap a few photos. "
       "(It also reminded me that I missed my friend's son's Boy Scout's brkfst - oh, no!)")
P.para("Pancakes and fire engines, my kind of post.")
P.para("Popular Posts")
P.save_docx()
