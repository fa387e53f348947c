"""Sunshine School (Portland) preschool blog, "Upcoming Events", posted Tuesday, January 3, 2012.
Two events, each a heading line then its date on the next line: "White Day!" / "Friday, January
6th." and "Preschool Field Trip to the Historic Belmont Firehouse" / "January 24th & 26th" (two
days joined by "&"), then a paragraph naming the firehouse's address and the group lines, each
class group on its own day with a clock range ("Group 1:" / "Mrs. Sarah & Mrs. Jaime's Classes" /
"Tuesday, January 24th" / "9:00 - 10:00" / "Please be at school by 8:30!"). The field trip is one
event over its two days at the firehouse (the firehouse's safety centre runs the tour). The year
is the post's."""
from en_corpus import EnPlan, ev

P = EnPlan("en-38-sunshine-preschool-firehouse-trip-2012",
           source="https://sunshineschoolpdx.blogspot.com/2012/01/upcoming-events.html",
           batch="2026-12-07-en-6", kind="kindergarten-plan", academic_year="2011-2012")
P.para("Tuesday, January 3, 2012")
P.para("Upcoming Events", bold=True)
P.para("White Day!", bold=True)
P.item("Friday, January 6th.", ev("2012-01-06"), title="White Day")
P.para("Wear something white to school!")
P.para("Preschool Field Trip to the Historic Belmont Firehouse", bold=True)
P.item("January 24th & 26th", ev("2012-01-24", "2012-01-26", location="Historic Belmont Firehouse"),
       title="Field Trip to the Historic Belmont Firehouse")
P.para("For Police, Fire, & 911 week, the preschool students will visit the Historic Belmont Firehouse at 900 SE "
       "35th Ave. in Portland. The Firehouse includes the \"Safety Learning Center and Fire Museum,\" and students "
       "will participate in an age-appropriate tour with fire safety education. To learn more about the Historic "
       "Belmont Firehouse, visit http://www.jeffmorrisfoundation.org/.")
P.para("To make the field trip manageable, we are going in two separate groups on two separate days.")
for line in ["Group 1:", "Mrs. Sarah & Mrs. Jaime's Classes", "Tuesday, January 24th", "9:00 - 10:00",
             "Please be at school by 8:30!", "Group 2:", "Miss Alyssa & Mrs. Gibbs's Classes",
             "Thursday, January 26th", "9:00 - 10:00", "Please be at school by 8:30!"]:
    P.para(line)
P.save_docx()
