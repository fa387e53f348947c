"""Rapid Valley Volunteer Fire Department: "Pancake Supper", Word paragraphs. A yearly event with no
year of its own — its history gives the only dates ("The first Pancake Feed was held on February 16,
1967. The second was November 10, 1967, and has continued once a year since then, usually on Friday
of Fire Prevention Week (the first week of October)."): a yearly recurrence over the plan year
(TIMING.md's recurring, as en-47), the two 1967 dates past events, not this plan's; an invitation
("We’d love to see you this year!") closes it."""
from en_corpus import EnPlan, ev

P = EnPlan("en-66-rapid-valley-fire-pancake-supper", source="https://www.rapidvalleyvfd.org/pancake-supper/",
           batch="2026-12-07-en-12", kind="event-plan", academic_year="2026-2027")
P.para("Pancake Supper", bold=True)
P.item("The first Pancake Feed was held on February 16, 1967. The second was November 10, 1967, and has continued once a "
       "year since then, usually on Friday of Fire Prevention Week (the first week of October).",
       ev("2026-09-01", "2027-08-31", title="Pancake"))
P.para("We start preparing for it months in advance and the week before we clean the station from top to bottom, prepare "
       "the pancake batter get ready all the supplies. There is a lot of work that goes into it but we love seeing "
       "everyone in the community and can’t wait till the next one")
P.para("Please come to join us for great pancakes, ham, coffee, and hot chocolate and support your community and fire "
       "department! Learn about the department, check out our trucks and meet the local firefighters.")
P.para("We serve approx 1,400 people in 4 hours That number has steadily risen since the first pancake feed back in 1967! "
       "We’d love to see you this year!")
P.save_docx()
