"""i (inews.co.uk): "free half-term activities for families", 2 February 2024 (the stored copy
opens with its date line " date 2024-02-02", glued to the first heading), saved as text. Each item
is a heading, a place line ("Pegwell Bay, Kent"), a paragraph, and a "When:" line — one with two
events under it, the second on a line of its own ("When: Guided walk and family beach clean – Monday
12 February, 10am – 12pm" / "Craft session – Wednesday 14 February, 11am – 12.30pm (craft
session)"), one a span ("When: Tuesday 13 to Saturday 17 February"); the partners in a sentence
("Join Bird Wise East Kent and Kent Wildlife Trust for …"). The third item is cut before its "When:"
line (its dates unknown); the year only in the date line."""
from en_corpus import EnPlan, ev

P = EnPlan("en-57-inews-free-half-term-activities-2024",
           source="https://inews.co.uk/inews-lifestyle/free-half-term-activities-families-2883708",
           batch="2026-12-07-en-10", kind="event-plan", academic_year="2023-2024")
PARTNERS = ["Bird Wise East Kent", "Kent Wildlife Trust"]
for line in [" date 2024-02-02 Make a bird box and spot wildlife", "", "Pegwell Bay, Kent", "",
             "Join Bird Wise East Kent and Kent Wildlife Trust for a nature-themed craft session. Kids can create their "
             "own bird feeder, while colouring sheets, activity packs and wildlife spotting sheets will also be "
             "provided. Staff will be on hand with binoculars and a telescope, as well as identification guides to help "
             "your children identify the numerous wildlife that can be found. Book your free ticket here. "
             "Alternatively, join in an afternoon guided walk and family beach clean at Pegwell Bay – find out more "
             "here.", ""]:
    P.para(line)
P.item("When: Guided walk and family beach clean – Monday 12 February, 10am – 12pm",
       ev("2024-02-12", title="Guided walk and family beach clean", location="Pegwell Bay", partners=PARTNERS))
P.para("")
P.item("Craft session – Wednesday 14 February, 11am – 12.30pm (craft session)",
       ev("2024-02-14", title="Craft session", location="Pegwell Bay", partners=PARTNERS))
for line in ["", "Get a glow on at the light festival", "", "Weston-super-Mare, Avon and Somerset", "",
             "GLOW light festival returns to Weston-super-Mare across five nights with magical light installations and "
             "artworks in Grove Park. Tickets are pay what you decide and there will be additional must-see artworks "
             "and installations at key locations across the town, from the Grand Pier to the Italian Gardens. Find out "
             "more, and book your ticket, here.", ""]:
    P.para(line)
P.item("When: Tuesday 13 to Saturday 17 February",
       ev("2024-02-13", "2024-02-17", title="GLOW light festival", location="Grove Park"))
P.para("")
P.item("Have a giggle at the UK Kids’ Comedy Festival", ev(None, title="UK Kids’ Comedy Festival"))
for line in ["", "Leicester, Leicestershire", "",
             "Encourage your child’s dramatic side at the UK Kids’ Comedy Festival in Leicester (Photo: Hill Street "
             "Studios/Getty)", "",
             "The UK Kids’ Comedy Festival celebrates its sixth year in 2024 with a full programme of fun events and "
             "activities to engage and amuse children of all ages. While many events are ticketed, there are several "
             "free events, including the opportunity for children to tell their own jokes in the festival’s smallest "
             "comedy club, a “completely made-up history of Leicester” self-guided walking tour, and “joke spots” "
             "throughout the city’s libraries, enabling your little ones to hone their comic chops. Fin"]:
    P.para(line)
P.save_txt()
