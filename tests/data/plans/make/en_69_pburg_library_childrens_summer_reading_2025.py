"""A public library's (pburglib.org) "2025 Children’s Summer Reading Program", Word paragraphs: the
start in capitals under the title ("STARTING JUNE 21"), sections, an "Important Dates" list of
sentences ("Registration begins Saturday, June 21.", "First prizes will be distributed beginning June
28.", "Reading logs may be submitted for treasure chest prizes until Friday, August 15." — the
programme's last day), then programmes as a name line over a day line and an age line ("Summer
Reading Kickoff" / "Saturday, June 20, 10:00am – 12:00pm" — 20 June 2025 is a Friday, the date kept;
"Little Movers" / "Mondays at 10am" and "Color Our World Art Adventures" / "Wednesdays, 3pm – 5pm",
weekly over the programme's span). The stored copy ends inside the last description (cut there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-69-pburg-library-childrens-summer-reading-2025", source="https://www.pburglib.org/childrens-summer-reading",
           batch="2026-12-07-en-13", kind="library-plan", academic_year="2024-2025")
SPAN = ("2025-06-21", "2025-08-15")
P.para("2025 Children’s Summer Reading Program", bold=True)
P.item("STARTING JUNE 21", ev(*SPAN, title="Summer Reading Program"))
P.para("The Reading Program", bold=True)
P.para("Children ages 3-11 can sign up for our Summer Reading Program by registering in the children’s department.")
P.para("Complete weekly reading logs to earn free prizes. Your reading logs will also fuel an exciting hot air balloon "
       "race around the world!")
P.para("We have lots of fun programs and activities planned around this year’s theme of Color Our World.")
P.para("The Reading Logs", bold=True)
P.para("This year we want you to set a daily reading goal for yourself. Maybe it’s one book a day, maybe it’s 20 minutes "
       "of reading, maybe it’s an hour of reading every day! Set a goal that is right for you.")
P.para("Color in a book on your log for every day you meet your goal. When they are all colored in, it’s time to visit "
       "the library! Pick an item out of our treasure chest, and pick up a new card. One prize per week please. ")
P.para("The Race", bold=True)
P.para("Participants will be randomly divided into three teams this year, and each team will have a color bucket to "
       "fill! Every week you turn in a log, you will be able to add a pom pom to your team’s bucket.")
P.para("Winners get bragging rights.")
P.para("Important Dates", bold=True)
P.item("Registration begins Saturday, June 21.", ev("2025-06-21", title="Registration"))
P.item("First prizes will be distributed beginning June 28. ", ev("2025-06-28", title="First prizes"))
P.item("Reading logs may be submitted for treasure chest prizes until Friday, August 15.",
       ev("2025-08-15", title="Reading logs"))
P.item("Summer Reading Kickoff", ev("2025-06-20", title="Summer Reading Kickoff"))
P.para("Saturday, June 20, 10:00am – 12:00pm")
P.para("All Ages")
P.para("Join us for a colorful start to summer reading! Enjoy a live magic show for the family. Stay for face painting, "
       "Rita’s Ice, crafts and games. Sign up for our ‘Color Our World’ summer reading program that day and be entered for "
       "a chance to win our door prize: A family membership to Walter’s Park Pool and other fun prizes! All ages welcome! "
       "Free for all!")
P.item("Little Movers", ev(*SPAN, title="Little Movers"))
P.para("Mondays at 10am")
P.para("Ages 6 – 24 months ")
P.para("This program is designed for our littlest patrons – ages 6-24 months – and a caregiver. ")
P.item("Color Our World Art Adventures", ev(*SPAN, title="Color Our World Art Adventures"))
P.para("Wednesdays, 3pm – 5pm")
P.para("Ages 5 -12")
P.para("Drop in and get creati")
P.save_docx()
