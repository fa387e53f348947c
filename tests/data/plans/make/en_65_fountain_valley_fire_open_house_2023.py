"""City of Fountain Valley fire department: "Annual Fire Station Open House: Fire Prevention Week",
Word paragraphs. The yearly rule and its history come first ("Fire Prevention Week is observed each
year during the second week of October, in commemoration of the Great Chicago Fire, which began on
October 8, 1871 …", "… in 1922 began this education week." — no event of this plan), then two
picture captions, the second the invitation with the day ("Annual Fire Department Open House
Invitation, October 14, 2023"). One event, the open house at Fire Station #1."""
from en_corpus import EnPlan, ev

P = EnPlan("en-65-fountain-valley-fire-open-house-2023",
           source="https://fountainvalley.gov/1507/Annual-Fire-Station-Open-House-Fire-Prev",
           batch="2026-12-07-en-12", kind="event-plan", academic_year="2023-2024")
P.para("Annual Fire Station Open House: Fire Prevention Week", bold=True)
P.para("Part of the Fire Prevention, P.R.E.P. Program, which stands for (Preventing, Responding, Educating, and "
       "Preparing) is our Annual Fire Prevention Week, Fire Station #1 OPEN HOUSE:")
P.para("Fire Prevention Week is observed each year during the second week of October, in commemoration of the Great "
       "Chicago Fire, which began on October 8, 1871 and caused devastating damage. The National Fire Protection "
       "Association (NFPA) in 1922 began this education week. It is dedicated to raising awareness about fire safety and "
       "prevention. It is a fantastic opportunity for the department to teach, all ages, to learn how to stay safe from "
       "fire and to remind themselves of ways to prevent fires and what to do if there is one. ")
P.para("Open House Photo montage 2023 for website")
P.item("Annual Fire Department Open House Invitation, October 14, 2023",
       ev("2023-10-14", title="Open House", location="Fire Station #1"))
P.save_docx()
