"""Coffee with a Cop: "National Coffee with a Cop Day", the event page of 3 October 2018 — a date
line with arrows and hours (">   Oct 3, 2018  >   12:00pm - 5:00pm"), the event's name, then the
US Department of Justice COPS Office letter of "September 7, 2018" (its date no event) announcing
it inside a sentence ("On October 3, 2018, officers from law enforcement agencies in all 50
states … will participate …") and telling its history ("… in 2011", "In 2016, the COPS Office
established the first Wednesday in October as National Coffee with a Cop Day." — the yearly rule,
not a second event). A police community event; the page closes with "This is a past event" and an
empty nearby-events table (cut off; left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-46-national-coffee-with-a-cop-day-2018",
           source="https://coffeewithacop.com/events/national-coffee-with-a-cop-day-477/",
           batch="2026-12-07-en-8", kind="event-plan", academic_year="2018-2019")
P.item(">   Oct 3, 2018  >   12:00pm - 5:00pm", ev("2018-10-03"), title="National Coffee with a Cop Day")
P.para("National Coffee with a Cop Day", bold=True)
P.para("Letterhead: Office of Community Oriented Policing Services (COPS Office), U.S. Department of Justice")
P.para("September 7, 2018")
P.para("Dear Colleague:")
P.para("The U.S. Department of Justice Office of Community Oriented Policing Services (COPS Office) is pleased to "
       "collaborate with the Hawthorne (CA) Police Department and law enforcement agencies throughout the country for "
       "the third annual National Coffee with a Cop Day. On October 3, 2018, officers from law enforcement agencies in "
       "all 50 states and five foreign countries will participate in Coffee with a Cop, and we encourage you to join us.")
P.para("The Hawthorne Police Department hosted the first Coffee with a Cop in 2011, as part of its effort to enable "
       "meaningful conversations with community residents. What began as Hawthorne’s individual effort to reduce "
       "barriers between police and the public has since evolved and spread, with funding support from the COPS "
       "Office, into a national conversation between police officers and their communities. In 2016, the COPS Office "
       "established the first Wednesday in October as National Coffee with a Cop Day.")
P.para("Consider how your community can participate, identify local partners that will support you, and register "
       "your event on the national Coffee with a Cop website at https://coffeewithacop.com/add-an-event/. This website "
       "also offers a few basic suggestions on how to get started and provides contact information for instructors who "
       "have helped communities host past events.")
P.para("One day — and a few cups of coffee — is all you need to start strengthening the relationship between police "
       "and members of the community. No agendas, no barriers — it just takes the willingness to sit down, listen, and "
       "have a conversation.")
P.para("Please join us.")
P.para("This is a past event")
P.save_docx()
