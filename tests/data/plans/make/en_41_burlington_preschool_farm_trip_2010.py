"""Burlington Integrated Preschool blog, "Thursday 10/21", posted Monday, October 18, 2010. A field
trip to a farm: "Field Trip – Thursday 10/21" (a US month/day with its weekday), "Please use the
following guidelines for our trip to the Parlee Farm, on October 21st:", bullets of arrival time
("… at school by 8:30 a.m. sharp."), clothes and weather, a paragraph of return times, and "Please
remember there is no afternoon session on Thursday." — the afternoon closed that day (an event
too). The year is the post's."""
from en_corpus import EnPlan, ev

P = EnPlan("en-41-burlington-preschool-farm-trip-2010",
           source="http://burlingtonintegratedpreschool.blogspot.com/2010/10/thursday-1021.html",
           batch="2026-12-07-en-6", kind="kindergarten-plan", academic_year="2010-2011")
P.para("Monday, October 18, 2010")
P.para("Thursday 10/21", bold=True)
P.item("Field Trip – Thursday 10/21", ev("2010-10-21", location="Parlee Farm"), title="Field Trip")
P.para("Please use the following guidelines for our trip to the Parlee Farm, on October 21st:")
for b in [
    "All children attending the trip need to be at school by 8:30 a.m. sharp.",
    "All children should bring a snack consisting of a drink and something to eat. Please put the snack in a clear "
    "Ziploc bag labeled with child’s first and last name. No lunch bags or backpacks. We will have limited space "
    "and need to consolidate things.",
    "Children should wear sneakers or comfortable shoes; the children will be doing a lot of walking and playing in "
    "the hay play area. NO open toe shoes.",
    "The weather forecast for the day is clear and cold. The predicted temperature is 60 degrees. Please dress your "
    "child in layers as we will be outside the entire time.",
    "We will attend the farm rain or shine.",
]:
    P.para(b, style="List Bullet")
P.para("We will leave the farm at 10:45 a.m. and should return to the preschool by 11:30 a.m. Please be waiting for "
       "the buses at 11:30 a.m. Children will be brought back into the classroom to gather belongings and then "
       "teachers will bring them out to dismiss them. This will ensure that all students are accounted for and safe.")
P.item("Please remember there is no afternoon session on Thursday. All children need to be picked up at 11:30.",
       ev("2010-10-21"), title="no afternoon session")
P.para("Please be waiting to pick your child up. DO NOT PARK IN FRONT OF THE SCHOOL OR IN THE BUS ZONES.")
P.save_docx()
