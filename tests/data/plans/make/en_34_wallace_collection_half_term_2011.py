"""Camden New Journal, "Feature: Half-Term Holiday Activities" (published 20 October 2011): the
Wallace Collection's half-term programme, a web page saved as text. The museum's name as a
heading, a "Daily" offer with no dates (a tour available all week: no event), then day headings
with the weekday first ("Saturday October 22", "Monday October 24"; once day first, "Friday 28
October") each over one activity whose line gives its name, clock times and price after commas
("Tick Tock: Make a Clock, 10.30am-2.30pm or 2-4pm, £7 per child, age 7-plus."), or its name and a
sentence ("The Big Draw: Ready Steady Draw! This free, drop-in workshop runs from 12-4pm."),
"Booking essential." and a description. No year but the publication line's. The stored copy ends
inside the last description (left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-34-wallace-collection-half-term-2011",
           source="http://thecnj.com/camden_review/reviews/features/2011/oct/feature-half-term-holiday-activities",
           batch="2026-12-07-en-5", kind="museum-plan", academic_year="2011-2012")
WC = "Wallace Collection"
for line in [
    "Feature: Half-Term Holiday Activities",
    "Published: 20 October, 2011",
    "Wallace Collection",
    "Daily",
    "Make the Laughing Cavalier grumpy, match the dogs to their owners and find a dragon in the galleries – "
    "this family multimedia tour, with interactive games, is available for a small fee; no need to book.",
    "The Wallace Collection also offers a selection of free gallery trails, and free armour handling in the "
    "Conservation Gallery – a “hands-on” way to find out how heavy a bullet-proof breastplate was to carry.",
    "Details from the information desk; no need to book.",
    "Saturday October 22",
]:
    P.para(line)
P.item("The Big Draw: Ready Steady Draw! This free, drop-in workshop runs from 12-4pm.",
       ev("2011-10-22", location=WC), title="The Big Draw")
for line in [
    "Booking essential.",
    "Join a team led by artists Alex Hirtzel and William Riding in this great Ready Steady Big Draw-off.",
    "Inspired by the Collection, your team will go head to head on drawing challenges set by the museum.",
    "All abilities and ages are welcome.",
    "For more information about the Big Draw and other workshops visit: www.drawingpower.org.uk",
    "Monday October 24",
]:
    P.para(line)
P.item("Tick Tock: Make a Clock, 10.30am-2.30pm or 2-4pm, £7 per child, age 7-plus.",
       ev("2011-10-24", location=WC), title="Tick Tock: Make a Clock")
for line in [
    "Booking essential.",
    "With the help of artist Zoe Bates, children can create their own 3D timepiece artwork, taking "
    "inspiration from the Collection’s glittering, gilt clocks.",
    "Tuesday October 25",
]:
    P.para(line)
P.item("Autumn harvest: Drawing, Painting and Collage Workshop, 10.30am-12.30pm or 2-4pm, £7 per child, "
       "age 7-plus. Booking essential.", ev("2011-10-25", location=WC), title="Autumn harvest")
for line in [
    "Create a mixed-media painting inspired by autumn themes in the galleries.",
    "Learn new techniques of painting, drawing, decoupage and collage to create a masterpiece, all with "
    "the help of artist.",
    "Friday 28 October",
]:
    P.para(line)
P.item("Halloween Photography Project: Dreams and Nightmares, 10.30am-12.15pm and 2-3.45pm, Free, drop-in "
       "workshop. Booking essential.", ev("2011-10-28", location=WC), title="Halloween Photography Project")
P.save_txt()
