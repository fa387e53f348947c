"""A cooperative preschool's members' page (ppcpkids.org): "FALL 2017 EVENTS and Important
Dates" and "Spring 2018 EVENTS …", kept as plain text: one line per event, the date first in
the American month/day way and a colon ("08/26: Fall Parent Workday 9:00 am", "11/20-11/24:
Thanksgiving Break: (School Closed)", "12/21-01/05: Christmas Break" across the new year), or
spelled out ("Tuesday, September 5th: …", "Thursdays, August 3rd, 10th, 17th, and 24th: …");
"TBD:" for a day not set yet (an honest unknown) and lines with no date at all ("Fall
Fundraiser"). The fire department's visit names it as a partner. The page's text after the
spring list (parent jobs) is not kept."""
from en_corpus import EnPlan, ev

P = EnPlan("en-15-ppcp-coop-events-2017-2018",
           source="http://www.ppcpkids.org/current-members.html",
           batch="2026-12-07-en-2", academic_year="2017-2018")
P.para("Events - Co-op events throughout the year support our school financially and "
       "strengthen our community.  These family functions include playdates, orientation, and "
       "fundraisers.  Member participation is essential to our success!")
P.para("")
P.para("FALL 2017 EVENTS and Important Dates:")
P.para("")
LINES = [
    ("Thursdays, August 3rd, 10th, 17th, and 24th: Play dates on the playground, 9:30-11:30",
     "Play dates on the playground", "2017-08-03", "2017-08-24"),
    ("Ongoing:  ** Registration**", "Registration", None, None),
    ("08/26: Fall Parent Workday 9:00 am", "Fall Parent Workday", "2017-08-26", None),
    ("08/24: ***Orientation, 10 am-11 am***", "Orientation", "2017-08-24", None),
    ("Tuesday, September 5th: First Day of School! 8:30 am-12:30 pm", "First Day of School!", "2017-09-05", None),
    ("10/31: Fall Celebration/Costume party", "Fall Celebration/Costume party", "2017-10-31", None),
    ("11/18: Fall Farmer's Market", "Fall Farmer's Market", "2017-11-18", None),
    ("Fall Fundraiser", "Fall Fundraiser", None, None),
    ("11/16: Thanksgiving Feast", "Thanksgiving Feast", "2017-11-16", None),
    ("11/20-11/24: Thanksgiving Break: (School Closed)", "Thanksgiving Break", "2017-11-20", "2017-11-24"),
    ("12/21-01/05: Christmas Break: (School Closed)", "Christmas Break", "2017-12-21", "2018-01-05"),
]
SPRING = [
    ("01/09 Back to School", "Back to School", "2018-01-09", None),
    ("TBD: Chinese New Year celebration", "Chinese New Year celebration", None, None),
    ("TBD: No School for Students: Parent/Teacher Conference Day", "No School for Students", None, None),
    ("TBD: Fire Dept. Visi", "Fire Dept. Visi", None, None),
    ("TBD: Nursery Rhyme Tea Party", "Nursery Rhyme Tea Party", None, None),
    ("TBD: Children's Service at FPC", "Children's Service at FPC", None, None),
    ("03/12-03/16: No School: Spring Break", "Spring Break", "2018-03-12", "2018-03-16"),
    ("03/27-03/29: Easter Fun Week ", "Easter Fun Week", "2018-03-27", "2018-03-29"),
    ("TBD: Farmer's Market/ Art Squared Fundraiser", "Farmer's Market/ Art Squared Fundraiser", None, None),
    ("TBD: Spring Parent Workday, 9 am", "Spring Parent Workday", None, None),
    ("05/03: Cinco De Mayo celebration", "Cinco De Mayo celebration", "2018-05-03", None),
    ("05/21 Graduation and Potluck", "Graduation and Potluck", "2018-05-21", None),
    ("05/23: Last day of School", "Last day of School", "2018-05-23", None),
    ("05/24: Family Picnic", "Family Picnic", "2018-05-24", None),
]


def add(lines):
    for text, title, start, end in lines:
        kw = {"partners": ["Fire Dept"]} if "Fire Dept" in text else {}
        P.item(text, ev(start, end, **kw), title=title)
        P.para("")


add(LINES)
P.para("Spring 2018 EVENTS and Important Dates:")
P.para("")
add(SPRING)
P.save_txt()
