"""Trinity Preschool (Mount Prospect) "April 2011 School Newsletter", a blog post of Wednesday,
April 6, 2011. "Important Dates:" lists three lines, each its name and date in a different order
("No Classes - Thursday, April 21- Teacher in-service (CPR/First aid training)", "No school –
Friday, April 22- Good Friday", "Field Trip- Fire Safety Festival- May 2 and 3 (not Terrific 2’s
and 3’s class)"); notes follow, then "Fire Safety Field Trip:" repeats the trip with its place
("… from school to the fire house in Mt. Prospect and back to school.") and one line per day and
room ("Dates: Monday, May 2 will be the Willow Room and The Maple room", "Tuesday, May 3 will be
the Oak room.") — the same trip again, not more events. The stored copy ends inside the trip's
last paragraph (left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-39-trinity-preschool-april-2011",
           source="http://trinitypreschoolmp.blogspot.com/2011/04/trinity-preschool-april-2011-school.html",
           batch="2026-12-07-en-6", kind="kindergarten-plan", academic_year="2010-2011")
P.para("Wednesday, April 6, 2011")
P.para("Trinity Preschool April 2011 School Newsletter", bold=True)
P.para("Important Dates:", bold=True)
P.item("No Classes - Thursday, April 21- Teacher in-service (CPR/First aid training)", ev("2011-04-21"),
       title="No Classes")
P.item("No school – Friday, April 22- Good Friday", ev("2011-04-22"), title="No school")
P.item("Field Trip- Fire Safety Festival- May 2 and 3 (not Terrific 2’s and 3’s class)",
       ev("2011-05-02", "2011-05-03", location="fire house in Mt. Prospect"), title="Fire Safety")
for line in [
    "Reminder: Unless your phone call is an emergency- please do not be talking on your cell phone while in our "
    "halls. Thank you.",
    "Summer camp:",
    "ONLY 2 spaces left in the first session of camp and 8 spaces left in second session of camp!",
    "Fall 2011 classes:",
    "Most classes are full, we are starting waiting lists.",
    "New classroom materials:",
    "We are in the process of getting some new equipment for our classrooms from the auction proceeds.",
    "We are ordering some new books, block toys and science materials. We got some magnetic gears, art tools, "
    "math and alphabet materials, and some new items for our dramatic corner. We are choosing some more items "
    "too. The children always enjoy the new equipment in the classrooms.",
    "Books in hall lending library:",
    "Please check at home and return any books you have from our lending library. We had over 150 books out there "
    "at the start of the year and maybe have 10-15 right now. Borrow, read, return!",
    "Fire Safety Field Trip:",
    "We are going on a field trip. All classes (except the T/TH Terrific 2’s and 3’s class) will be going. We "
    "will take a bus from school to the fire house in Mt. Prospect and back to school.",
    "Dates: Monday, May 2 will be the Willow Room and The Maple room",
    "Tuesday, May 3 will be the Oak room.",
    "A permission slip will be coming home soon.",
]:
    P.para(line)
P.save_docx()
