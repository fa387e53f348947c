"""Pataskala Public Library (Ohio): "events for March 2023" as the Pataskala Standard printed them
(the stored copy opens with its date line "date 2023-02-23", the only year on the page), saved as
text. One paragraph per event, each starting with its weekday and date and a dash ("Monday, March 6
- Friends of the Pataskala Library regular monthly meeting at 6 p.m. …", "Tuesday, March 28 - Board
of Trustees Meeting at 5 p.m."), one with two days ("Friday, March 17 & Saturday, March 18 - Annual
Spring Book Sale hosted by the Friends of the Pataskala Library. …" — the Friends, a separate
body, are a partner), one with plural weekdays ("Tuesdays, March 7 & 28 - Wee Read Baby Storytime
…"), and a paragraph with two events inside sentences ("The Winter Session of Weekly Storytimes will
end Thursday, March 9. … the Spring Session will begin Tuesday, March 28."). The stored copy ends
inside the next storytime line (left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-45-pataskala-library-march-2023",
           source="https://www.newarkadvocate.com/story/news/local/pataskala/2023/02/23/pataskala-public-library-events-for-march-2023/69919152007/",
           batch="2026-12-07-en-8", kind="library-plan", academic_year="2022-2023")
for line in ["date 2023-02-23", "Special to Pataskala Standard", "", "USA TODAY NETWORK", "",
             "Upcoming events at the Pataskala Public Library are listed below.", ""]:
    P.para(line)
P.item("Monday, March 6 - Friends of the Pataskala Library regular monthly meeting at 6 p.m. Join the Friends group to "
       "learn how they support the library. All are welcome!", ev("2023-03-06"),
       title="Friends of the Pataskala Library regular monthly meeting")
P.para("")
P.item("Wednesday, March 8 - Adult Book Club at 6:30 p.m. Join for a lively discussion! No registration is required for "
       "this monthly program. Must be 18 or older to participate. The March book pick is \"Inheriting Edith\" by Zoe "
       "Fishman.", ev("2023-03-08"), title="Adult Book Club")
P.para("")
P.item("Friday, March 17 & Saturday, March 18 - Annual Spring Book Sale hosted by the Friends of the Pataskala Library. "
       "Friday, March 17 from 10 a.m.-5 p.m. and Saturday, March 18 from 10 a.m.-2 p.m. Prices of items are a donation "
       "to the Friends Group and helps them support the Pataskala Public Library. Saturday hours include a bake sale with "
       "items priced as marked.",
       ev("2023-03-17", "2023-03-18", partners=["Friends of the Pataskala Library"]),
       title="Annual Spring Book Sale")
P.para("")
P.item("Wednesday, March 22 - Read-to-a-Dog: A \"Tail Waggin' Tutors\" Read Aloud program from 4-6 p.m. for children in "
       "grades K-5. Registration is required for a 15-minute time slot. Please call the library at 740-927-9986 to "
       "reserve a time slot for your child or to be added to the waitlist.", ev("2023-03-22"), title="Read-to-a-Dog")
P.para("")
P.item("Tuesday, March 28 - Board of Trustees Meeting at 5 p.m.", ev("2023-03-28"), title="Board of Trustees Meeting")
P.para("")
P.item("Weekly Storytime is in session! The Winter Session of Weekly Storytimes will end Thursday, March 9. There will be "
       "a two week break and then the Spring Session will begin Tuesday, March 28. Come join the fun with your little "
       "one! We offer three different weekly storytimes for different age groups. There is no registration required "
       "for this free program. Please call the library with any questions or visit the library's website for more "
       "information and to view the calendar.",
       ev("2023-03-09", title="Winter Session"), ev("2023-03-28", title="Spring Session"))
P.para("")
P.item("Tuesdays, March 7 & 28 - Wee Read Baby Storytime at 10:30 a.m. for children up to 23 months and a grown-up. "
       "Books, bubbles, bounces and more!", ev("2023-03-07", "2023-03-28"), title="Wee Read Baby Storytime")
P.save_txt()
