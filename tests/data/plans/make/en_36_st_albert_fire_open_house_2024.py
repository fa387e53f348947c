"""City of St. Albert (Alberta): "Fire Prevention Week – Open House", an event page of 2024. Label
lines ("Date: Saturday, October 12, 2024", "Start Time: 10:00 am", "End Time: 1:00 pm"), then the
place on lines of its own ("Fire Hall 1", "20 Gate Ave ↗", "City of St. Albert"), a description,
bullets of activities, a paragraph on Fire Prevention Week with the historical date "October 8,
1871" (no event) and "Last edited: September 25, 2024" (no event). One event, held by the fire
services at their hall."""
from en_corpus import EnPlan, ev

P = EnPlan("en-36-st-albert-fire-open-house-2024",
           source="https://stalbert.ca/events/calendar/community/fpw-open-house/?date=1696694400",
           batch="2026-12-07-en-6", kind="event-plan", academic_year="2024-2025")
P.para("Fire Prevention Week – Open House", bold=True)
P.item("Date: Saturday, October 12, 2024", ev("2024-10-12", title="Open House", location="Fire Hall 1"))
for line in ["Start Time: 10:00 am", "End Time: 1:00 pm", "Fire Hall 1", "20 Gate Ave ↗", "City of St. Albert",
             "This is a free event."]:
    P.para(line)
P.para("What's Happening", bold=True)
P.para("This is the annual Fire Prevention Week open house hosted by Fire Services that highlights the importance "
       "of fire prevention and is an opportunity for residents to meet their emergency services team and ask "
       "questions. This year’s theme is Smoke alarms: Make them work for you! This family-friendly event features "
       "a bouncy castle, fun activities, and a chance to apply to be a Fire Chief for a day. Refreshments and hot "
       "dogs will be served.")
P.para("Open House Activities:")
for b in ["Meet Emergency Services personnel", "Tour an ambulance or a fire truck",
          "Children can submit an application to be Fire Chief for a day", "Bouncy Castle",
          "Hot dogs and juice will be served"]:
    P.para(b, style="List Bullet")
P.para("What is Fire Prevention Week?", bold=True)
P.para("Fire Prevention Week is observed each year during the second week of October in commemoration of the "
       "Great Chicago Fire, which began on October 8, 1871, and caused devastating damage. This horrific "
       "conflagration killed more than 250 people, left 100,000 homeless, destroyed more than 17,400 structures, "
       "and burned more than 2,000 acres of land.")
P.para("During Fire Prevention Week, children, adults, and teachers learn how to stay safe in case of a fire. "
       "Firefighters provide lifesaving public education in an effort to drastically decrease casualties caused by "
       "fires.")
P.para("(Source: NFPA.org)")
P.para("Related Pages")
P.para("Last edited: September 25, 2024")
P.save_docx()
