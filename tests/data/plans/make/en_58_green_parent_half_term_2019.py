"""The Green Parent: "Lots of things to do this half term", by Kate Hodges, 14th February 2019 (the
byline and date printed three times), saved as text. Under "SCIENCE", paragraphs each naming a
festival, museum or exhibition with its dates inside or at the end, no year: "Brighton’s Science
Festival (until March 2) …" (a deadline-style "until", TIMING.md), a festival inside it at the end
("… Kersplat! Feb 16–19"), "… Until Feb 24.", "… Feb 18–22", "… Feb 16–24", "… Feb 16–22." The year
from the byline. The stored copy ends inside the first "INDOOR FUN" paragraph (cut there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-58-green-parent-half-term-2019",
           source="https://thegreenparent.co.uk/articles/read/lots-of-things-to-do-this-half-term",
           batch="2026-12-07-en-10", kind="event-plan", academic_year="2018-2019")
for line in ["Kate Hodges", "", "By Kate Hodges", "", "14th February 2019", "",
             "Many schools across England and Scotland have broken or will break for half-term this week, so there are "
             "hundreds of events taking place across the country. We’ve picked out some of the most fun – some "
             "ticketed, but many free!", "", "Kate Hodges", "", "By Kate Hodges", "", "14th February 2019", "",
             "Kate Hodges", "", "By Kate Hodges", "", "14th February 2019", "", "SCIENCE", ""]:
    P.para(line)
P.item("Brighton’s Science Festival (until March 2) is a riot of workshops, discovery days and hands-on sessions. We "
       "love the sound of the seahorse art sessions, and The Wonder Women of STEM discovery day. Find events across the "
       "city here. There’s even a little festival-within-a-festival at the magic-themed Pocket Science Funfair. Uncover "
       "the magic of friction and electrostatics, or try the gull poo shooting gallery. Kersplat! Feb 16–19",
       ev("2019-03-02", title="Brighton’s Science Festival", location="Brighton"),
       ev("2019-02-16", "2019-02-19", title="Pocket Science Funfair"))
P.para("")
P.item("Northern Ireland’s incredible NI Science Festival incorporates events as diverse as The Science of Roald Dahl "
       "show, a Chemistry of Smells interactive session, a Science of Immersive Sound experience, and a chance to quiz "
       "Professor Brian Cox. Until Feb 24.", ev("2019-02-24", title="NI Science Festival"))
P.para("")
P.item("The V&A in London is augmenting its Videogames: Design/Play/Disrupt exhibition with half-term activities that "
       "include kids hacking sessions, a chance to build a 3D sensory world, a game-themed performance and more family "
       "activities Feb 18–22", ev("2019-02-18", "2019-02-22", title="half-term activities", location="V&A"))
P.para("")
P.item("Manchester’s Science + Industry Museum has a visitor – Stephenson’s Rocket – one of the world’s first train "
       "engines. Say hello, then join a Rocket Racers workshop, watch live experiminents at the Science Showdown, and "
       "build your own structure at the Great Bridge Build Off. There’s a Victorian Fairground in the courtyard too. "
       "Feb 16–24", ev("2019-02-16", "2019-02-24", title="Stephenson’s Rocket",
                       location="Science + Industry Museum"))
P.para("")
P.item("Dive deep into the National Maritime Museum in Cornwall’s Science of the Sea Week. Meet experts and researchers "
       "from the University of Exeter and find out about the explosive chemistry of water in a hands-on show! Feb 16–22.",
       ev("2019-02-16", "2019-02-22", title="Science of the Sea Week", location="National Maritime Museum",
          partners=["University of Exeter"]))
for line in ["", "INDOOR FUN", "", "Celebrate 250 years of big-top fun in Great Britain at the Discovery Museu"]:
    P.para(line)
P.save_txt()
