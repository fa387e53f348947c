"""National Maritime Museum (Royal Museums Greenwich): "October half term" family programme,
2024, a web page. An "Essential Information" table (Type | Family fun; Location | National
Maritime Museum; Date and Times | 26 October - 3 November 2024; Prices | Free) — the programme's
frame, the only place a year is written; two paragraphs; then day headings ("Saturday 26
October") each over activities: the activity's name on its own line, then a line of clock times
and the room after a bar ("12pm, 1pm, 2pm and 3pm | Meet at Tudor and Stuart Seafarers gallery",
"11am-1pm, 2-4pm | Learning Space"), then its description and sometimes a "Learn more about …"
link line. One event per activity, on its day heading's date, at its room. The stored copy ends
inside the description of Monday's second activity ("Games without wires", left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-32-nmm-october-half-term-2024",
           source="https://rmg.co.uk/whats-on/national-maritime-museum/october-half-term",
           batch="2026-12-07-en-5", kind="museum-plan", academic_year="2024-2025", title_col=0)
P.para("Essential Information", bold=True)
P.table(None, title_col=0)
for row in [["Type", "Family fun"], ["Location", "National Maritime Museum"],
            ["Date and Times", "26 October - 3 November 2024"], ["Prices", "Free"]]:
    P._rows.append(("row", row))
P.para("Journey down the river to Greenwich and take part in a range of STEM themed workshops at the "
       "National Maritime Museum this October half term!")
P.para("Featuring craft workshops, science games and character actors, there's something different "
       "happening every day of half term.")
P.para("And best of all? All workshops and performances are free with no need to book in advance.")
P.para("Check out what's on each day below. The Cove outdoor playground is open every day too, and there's "
       "also a host of events taking place at our other sites including Cutty Sark, the Royal Observatory "
       "and the Queen's House. Find out more about family visits to Greenwich here")
P.para("October half term activities for families", bold=True)
P.para("Saturday 26 October", bold=True)
P.item("Character Encounters", ev("2024-10-26", location="Tudor and Stuart Seafarers gallery"))
P.para("12pm, 1pm, 2pm and 3pm | Meet at Tudor and Stuart Seafarers gallery")
P.para("Join an exciting performance and see maritime history brought to life with resident National "
       "Maritime Museum character Tamera the Time Traveller! Tamera travels through time and place, "
       "exploring incredible stories throughout the Tudor and Stuart Seafarers, Polar Worlds, Pacific "
       "Encounters and Sea Things galleries.")
P.para("Learn more about Character Encounters")
P.para("Sunday 27 October", bold=True)
P.item("Science in nature", ev("2024-10-27", location="Learning Space"))
P.para("11am-1pm, 2-4pm | Learning Space")
P.para("Science is all around us! Inspired by the spinning seeds on the sycamore trees surrounding the "
       "Museum, join us to create paper helicopters and experiment with how fast you can make them spin.")
P.para("Monday 28 October", bold=True)
P.item("Harnessing the wind", ev("2024-10-28", location="Learning Space"))
P.para("11am-1pm, 2-4pm | Learning Space")
P.para("Join for a workshop inspired by the story of William Kamkwamba (The Boy Who Harnessed the Wind) "
       "who saved his town in Malawi from famine by engineering a windmill to supply his community with "
       "water and electricity at just 14 years old. Families are invited to experiment with wind power to "
       "create your own turbines.")
P.save_docx()
