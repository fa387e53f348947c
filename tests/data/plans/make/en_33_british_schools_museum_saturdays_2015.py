"""British Schools Museum (Hitchin): "Saturday Activity Sessions 2015", a web page. A lead line
("On the third Saturday of each month there are themed activities …"), then a paragraph per
session that starts with an ordinal day and the month, a dash and the session's name ("21st
March - Evacuee Experiences"), the description after it in the next paragraph; one line says
there is no session ("August- there will be no Saturday activity session in August but be sure
to visit our Doctor Who Exhibition." — no event). The year is the heading's. The stored copy
ends inside the October session's description (left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-33-british-schools-museum-saturdays-2015",
           source="http://www.britishschoolsmuseum.co.uk/page/events/ThirdSaturday",
           batch="2026-12-07-en-5", kind="museum-plan", academic_year="2014-2015")
P.para("Saturday Activity Sessions 2015", bold=True)
P.para("On the third Saturday of each month there are themed activities at no additional cost with "
       "something different every month.")
SESSIONS = [
    ("21st March - Evacuee Experiences", "Evacuee Experiences", "2015-03-21",
     "Try on a gas mask, learn to recognise different aircraft, handle wartime objects and write a letter "
     "home to Mother but listen out for the air raid siren as you may have to retreat to the air raid "
     "shelter. Suitable for all ages."),
    ("18th April - Animal Capers", "Animal Capers", "2015-04-18",
     "You'll be amazed how many animals there are hiding around the museum. Bring your favourite (toy!) "
     "animal with you and follow our trail to find them. Animal themed storytelling at 11.00 and 12.00 "
     "and animal making throughout the morning. Ideal for younger visitors and their adults but all are "
     "welcome."),
    ("16th May - Nursery Rhymes", "Nursery Rhymes", "2015-05-16",
     "We love nursery rhymes, what about you? Follow our nursery rhyme trail and join us for nursery "
     "rhymes at 11.00 and 12.00. Ideal for younger visitors and their adults but all are welcome."),
    ("20th June - Sample the Samplers", "Sample the Samplers", "2015-06-20",
     "Find out more about our sampler collection and have a go at designing and making your own samplers. "
     "Suitable for all ages."),
    ("18th July - Toys and Games", "Toys and Games", "2015-07-18",
     "It will be the first Saturday of the holidays for most people so what better excuse to get out our "
     "replica games and toys. Find out how children played in the past, how you can make moving toys "
     "without electricity and above all have fun. Suitable for all ages."),
]
for line, name, day, text in SESSIONS:
    P.item(line, ev(day), title=name)
    P.para(text)
P.para("August- there will be no Saturday activity session in August but be sure to visit our Doctor Who "
       "Exhibition.")
P.item("19th September - 150 years of Alice in Wonderland", ev("2015-09-19"),
       title="150 years of Alice in Wonderland")
P.para("Enjoy our curious pop-up Alice in Wonderland display, follow our Alice in Wonderland trail and make "
       "an edible Alice.Ideal for younger visitors and their adults but all are welcome.")
P.save_docx()
