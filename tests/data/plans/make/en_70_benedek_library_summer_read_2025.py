"""Benedek Memorial Library: "2025 Summer Read Plus: “Color Our World” — June 28 to August 9", Word
paragraphs: the span in the first paragraph ("The program will run for six weeks, starting June 28
ending August 9." — the year only in the programme's name "2025 Summer Read Plus"), the reading
challenge (no dates), weekly drop-in events "on Thursday afternoons from 4:30 pm to 6:00 pm" over the
six weeks, and two teen/adult events named with no date ("the Murder Mystery Dinner and a Paint and
Sip" — listed undated)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-70-benedek-library-summer-read-2025",
           source="https://benedekmemoriallibrary.org/2025-summer-read-plus-color-our-world-june-28-to-august-9",
           batch="2026-12-07-en-13", kind="library-plan", academic_year="2024-2025")
SPAN = ("2025-06-28", "2025-08-09")
P.item("2025 Summer Read Plus: “Color Our World” program is made up of a Reading Challenge, crafting events, games and "
       "other activities to enhance the colorful fun of the Summer. The program will run for six weeks, starting June 28 "
       "ending August 9. We are encouraging everyone to enjoy reading and experimenting with different materials to add "
       "color to our world. 2025 Summer Read Plus: “Color Our World is fun for all ages, including adults!",
       ev(*SPAN, title="Summer Read Plus"))
P.para("The 2025 Summer Read Plus: ”Color Our World” is centered around our Reading Challenge. During the summer many of us "
       "get so wrapped up in the activities of the summer and we stop doing other activities. One such activity is "
       "reading for fun. During the fall, winter and spring young people are encouraged to read while in school. To help "
       "encourage young people to read the library challenges all ages to read for 1200 minutes (20 hours) over six "
       "weeks. All ages can earn free books and tickets for raffles that are pulled at the end of the six weeks. We do "
       "have a few special raffles halfway through the challenge. Young people will also earn brag tags to keep track of "
       "their progress. The reading challenge is open to all ages including adults and seniors. We include all ages so "
       "our young people will see adults reading and enjoying reading for fun. So, everyone should take on the reading "
       "challenge and encourage others to read for fun.")
P.item("We will have drop-in events for kids, and adults are welcome to participate on Thursday afternoons from 4:30 pm to "
       "6:00 pm. Teen and adult programming will happen during the six weeks. Check our events calendar for days and "
       "time. We will be doing the Murder Mystery Dinner and a Paint and Sip for teens and adults again, plus other "
       "events. All events will be on our event calendar soon.",
       ev(*SPAN, title="drop-in events"), ev(None, title="Murder Mystery Dinner"), ev(None, title="Paint and Sip"))
P.save_docx()
