"""InsideNoVa: "Fairfax fire stations to host open houses", 28 September 2019 (the stored copy
opens with its date line " date 2019-09-28"), saved as text. One sentence holds both dates: "In
celebration of Fire Prevention Week (Oct. 6-12), all Fairfax County Fire and Rescue Department
stations will host an open house on Oct. 12 from 10 a.m. until 4 p.m." — the week in brackets (an
observance, listed by a reader as the span it names) and the open house at every station (its
place); then the invitation and the year's theme (no dates). A fire-station community event; the
year comes only from the date line."""
from en_corpus import EnPlan, ev

P = EnPlan("en-54-fairfax-fire-station-open-houses-2019",
           source="https://www.insidenova.com/news/fairfax/fairfax-fire-stations-to-host-open-houses/"
                  "article_6b2c2794-e1ee-11e9-9649-3f0d27d51536.html",
           batch="2026-12-07-en-9", kind="event-plan", academic_year="2019-2020")
P.item(" date 2019-09-28 In celebration of Fire Prevention Week (Oct. 6-12), all Fairfax County Fire and Rescue "
       "Department stations will host an open house on Oct. 12 from 10 a.m. until 4 p.m.",
       ev("2019-10-06", "2019-10-12", title="Fire Prevention Week"),
       ev("2019-10-12", title="open house", location="Fairfax County Fire and Rescue Department stations"))
P.para("Local residents can stop by their local station that day to meet your firefighters, see fire trucks, join in "
       "the activities and learn about fire safety.")
P.para("This year’s Fire Prevention Week theme is “Not Every Hero Wears a Cape. Plan and Practice Your Escape!”")
P.save_txt()
