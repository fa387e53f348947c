"""Fairfax County Fire and Rescue: "Countywide Fire Prevention Open House Today, Oct. 10" (2015), a
department news post saved as text. The title line names the day short ("Today, Oct. 10"); the
first sentence gives it in full with the hours and the place: "Fire Prevention Open House will be
held Today, Saturday, October 10, 2015, from 10 a.m. to 4 p.m., at all 38 county fire and rescue
stations." One event."""
from en_corpus import EnPlan, ev

P = EnPlan("en-37-fairfax-fire-open-house-2015",
           source="https://ffxfirerescue.wordpress.com/2015/10/10/countywide-fire-prevention-open-house-today-oct-10/",
           batch="2026-12-07-en-6", kind="event-plan", academic_year="2015-2016")
P.para("Countywide Fire Prevention Open House Today, Oct. 10")
P.para("")
P.item("Fire Prevention Open House will be held Today, Saturday, October 10, 2015, from 10 a.m. to 4 p.m., at all "
       "38 county fire and rescue stations. The theme for 2015 is:  “Hear the Beep Where You Sleep; Every "
       "Bedroom Needs a Working Smoking Alarm.”",
       ev("2015-10-10", title="Fire Prevention Open House", location="county fire and rescue stations"))
P.para("")
P.para("Firefighters will have displays and activities spotlighting fire and life safety, including preventing "
       "fires and fire injuries, especially in the home. Residents are encouraged to visit their community fire "
       "and rescue station to participate and learn more about fire safety. Firefighters will also offer tours "
       "of the station, and educate visitors on various fire apparatus.")
P.para("")
P.para("To learn more about fire prevention, go to")
P.save_txt()
