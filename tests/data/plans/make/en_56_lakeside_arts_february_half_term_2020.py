"""Lakeside Arts (Nottingham): "February Half Term 2020", Word paragraphs and bullets as the page
shows them. The week's span under the heading ("Saturday 15 February - Sunday 23 February", part of
the Festival of Science and Curiosity), then bullets whose first line runs together the event's
name, its picture's caption and its day and hour with no space ("Chloe and the Colour CatcherChloe
and the Colour CatcherSunday 16 February, 1.30pm", "Igloolady playing the violin smilingSunday 23
February, 11am, 12.45pm & 3.30pm", "Build a Cardboard CitySnow Queen Sparkle WorkshopTuesday 18
February, 10am-12.30pm" — the caption of another show's picture), each over its description. The
year only in the heading. The stored copy ends inside the fifth description (cut there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-56-lakeside-arts-february-half-term-2020", source="https://www.lakesidearts.org.uk/whats-on/half-term.html",
           batch="2026-12-07-en-10", kind="event-plan", academic_year="2019-2020")
P.para("February Half Term 2020", bold=True)
P.item("Saturday 15 February - Sunday 23 February", ev("2020-02-15", "2020-02-23", title="February Half Term"))
P.para("Join us this February Half Term for a week full of fun activities to explore the curiosities of science, "
       "history, storytelling and art as part of Festival of Science and Curiosity. ")
P.para("This will be a week of events designed to help young minds ask questions and take a leading role in finding out "
       "the answers.")
for head, day, title, desc in [
        ("Chloe and the Colour CatcherChloe and the Colour CatcherSunday 16 February, 1.30pm", "2020-02-16",
         "Chloe and the Colour Catcher",
         "Chloe lives in a world with only one colour, and it is grey. At night, however, when she's wrapped up tight, "
         "her dreams are colourful and bright. Then Chloe tells of the vast blue seas, lush green trees and golden sands "
         "she's seen. Hushed at once by her old Grandma Magenta, Chloe is warned to keep such thoughts at bay – for her "
         "Grenesty The Colour Catcher is out to wash all trace of colour away...Find out more"),
        ("Igloolady playing the violin smilingSunday 23 February, 11am, 12.45pm & 3.30pm", "2020-02-23", "Igloo",
         "Winter is almost over and it still hasn't snowed. Sometimes you don't get what you want, even when you're "
         "made to wait...Sometimes what you end up with is something even better...\n\nJoin us for this playful "
         "experience filled with warmth, sensation and gentle exploration. Find out more"),
        ("Comic Book ConversationsThe Snow QueenSaturday 15 February, 1.30pm-3.30pm", "2020-02-15",
         "Comic Book Conversations",
         "Create your own comic book with illustration artist Francis Lowe. Use your own narratives and lived "
         "experiences to question the world we live in by creating your own cartoon characters and stories. Find out "
         "more"),
        ("Build a Cardboard CitySnow Queen Sparkle WorkshopTuesday 18 February, 10am-12.30pm", "2020-02-18",
         "Build a Cardboard City",
         "Calling all budding engineers! Using boxes, tape and recycled materials, design and create your own city of "
         "the future. Led by Associate Artist, Sian Watson. Find out more"),
        ("Learn to Sew with Conductive ThreadThe Musicians of BremenWednesday 19 February, 10am-12noon", "2020-02-19",
         "Learn to Sew with Conductive Thread",
         "Learn to combine the world of textiles with electronic compn")]:
    P.item(head, ev(day, title=title), style="List Bullet")
    for part in desc.split("\n\n"):
        P.para(part)
P.save_docx()
