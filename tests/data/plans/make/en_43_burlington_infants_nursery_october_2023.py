"""Burlington Infant and Nursery School (Kingston): "Nursery Newsletter October 2023", a blog page.
A paragraph on the half term past (months named, no events), then "Overview of next half term"
with the term in one sentence ("Term begins on Monday 30th October and ends on Friday 21st
December."), then "Dates for your Diary": lines that start with the day and a dash, the event
after it and a note after a colon ("Tuesday 31st October - Multi Cultural Day: please come and
celebrate with us.", "Week commencing 13th November - Bring a bulb to school: …"). The year is the
title's. The stored copy ends inside the last line's note (its cut sentence left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-43-burlington-infants-nursery-october-2023",
           source="https://www.burlingtoni.kingston.sch.uk/blog/nursery-newsletter-october-2023",
           batch="2026-12-07-en-7", kind="kindergarten-plan", academic_year="2023-2024")
P.para("Nursery Newsletter October 2023", bold=True)
P.para("Autumn 1 half term learning", bold=True)
P.para("Thank you for welcoming us into your homes in July and September! It has been wonderful to get to know you "
       "and your children over the half term. We are delighted with how quickly and how well they have settled in.  "
       "We have had so much fun this half term exploring, learning and making friends inside and outside. Our topic "
       "has been ‘our families’ and the children have loved talking about their family pictures. We have also been "
       "enjoying traditional tales such as Goldilocks, The Three Little Pigs and Jack and the Beanstalk. The children "
       "had fun joining in with the Black History Storytelling workshops and making our celebration tree look amazing. "
       "It has been fantastic to get Forest School started and see the children exploring nature. Thank you for all "
       "the donations of logs, leaves, conkers etc.  Finally, the Nursery is looking wonderfully green inside and "
       "outside because of the plants you donated. Thank you very much!")
P.para("Overview of next half term", bold=True)
P.item("Term begins on Monday 30th October and ends on Friday 21st December. Our topic is ‘Journeys’.  Every Friday we "
       "send you a summary of what is coming up in the week ahead in Nursery. It is very beneficial and helpful if you "
       "take a little time with your child to talk about it to help them learn vocabulary and get them excited about "
       "what they will be learning. Below is a summary of the learning in Green, Yellow and Blue Nursery.",
       ev("2023-10-30", "2023-12-21"), title="Term")
P.para("Dates for your Diary", bold=True)
P.item("Tuesday 31st October - Multi Cultural Day: please come and celebrate with us.  See note on Tapestry.",
       ev("2023-10-31"), title="Multi Cultural Day")
P.item("Friday 10th November - Diwali celebration: please let us know if you would like to come in and help us "
       "celebrate Diwali.", ev("2023-11-10"), title="Diwali celebration")
P.item("Week commencing 13th November - Bring a bulb to school: we would be very grateful if you could bring a bulb or a "
       "packet of bulbs to school on the week of the 13th November. The children will plant them and watch them grow "
       "next Spring.", ev("2023-11-13", "2023-11-19", precision="week"), title="Bring a bulb to school")
P.save_docx()
