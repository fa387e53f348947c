"""Brownsville ISD (Texas): "Board Meetings and Agendas", 2023-2024, saved as text. Heading lines
("2023-2024 Board of Trustees", "Regular Board Meeting Dates"), then "Board of Trustees Regular
Meetings", "5:30 p.m. • Boardroom" (the time and place of every meeting, with a bullet
character between), "1st Tuesday of each month", and one line per meeting, a bare date, five of
them marked with an asterisk that a footnote line explains ("* Rescheduled Regular Board
Meeting"). The heading lines come again, then a paragraph on the meetings ("… in the
Administration Building, 1900 Price Road …") and the assistant's name and phone."""
from en_corpus import EnPlan, ev

P = EnPlan("en-30-bisd-board-of-trustees-2023-2024",
           source="https://www.bisd.us/about/board-meetings-and-agendas",
           batch="2026-12-07-en-5", kind="council-plan", academic_year="2023-2024")
for line in ["Board Meetings and Agendas", "", "2023-2024 Board of Trustees", "Regular Board Meeting Dates",
             "", "Board of Trustees Regular Meetings", "5:30 p.m. • Boardroom", "1st Tuesday of each month", ""]:
    P.para(line)
for text, day in [("August 1, 2023", "2023-08-01"), ("September 5, 2023", "2023-09-05"),
                  ("October 3, 2023", "2023-10-03"), ("November 14, 2023*", "2023-11-14"),
                  ("December 12, 2023*", "2023-12-12"), ("January 16, 2024*", "2024-01-16"),
                  ("February 6, 2024", "2024-02-06"), ("March 6, 2024*", "2024-03-06"),
                  ("April 2, 2024", "2024-04-02"), ("May 7, 2024", "2024-05-07"),
                  ("June 11, 2024*", "2024-06-11")]:
    P.item(text, ev(day, location="Boardroom"), title="Regular Meeting")
for line in ["", "* Rescheduled Regular Board Meeting", "", "2023-2024 Board of Trustees",
             "Regular Board Meeting Dates", "", "", "School Board Meetings", "",
             "The Board of Trustees holds regular monthly meetings at 5:30 PM on the first Tuesday of the "
             "month in the Administration Building, 1900 Price Road. Agendas are posted in the lobby and "
             "outside display case of the Administration Building at least 72 hours before regular "
             "meetings. Meeting agendas are provided for visitors at the entrance of the Boardroom. Special "
             "meetings are called as needed and agendas are posted at least 72 hours in advance. Emergency "
             "meetings require a two-hour notice. All meetings are open to the public, except when the "
             "Board adjourns for closed meetings to discuss personnel matters, litigation, and property "
             "acquisition.", "", "Patricia C. Perez", "Board of Trustees Executive Assistant",
             "(956) 698-0003"]:
    P.para(line)
P.save_txt()
