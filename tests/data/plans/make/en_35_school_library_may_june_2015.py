"""A school library's newsletter item "May-June 2015" (an international K-12 school's library
blog, as an aggregator kept it), saved as text. A lead sentence gives the closure ("… the library
will be closed for lessons and check out from May 28-June 5.") and bullets give the dates inside
sentences, each date first: "May 20 will be the last day that books can be checked out during
library class.", "May 25 is the final due date for ALL library books. …", "May 27 will be the
last day of K-6 library classes. From May 28 – June 5 there will be no library periods for
classes. May 28 is the first day of HS final exams …" (three sentences, two new events and the
closure again); a later bullet repeats the reopening ("… until June 5"). The year is the
heading's."""
from en_corpus import EnPlan, ev

P = EnPlan("en-35-school-library-may-june-2015",
           source="https://newsletter1555.rssing.com/chan-29994686/article181.html",
           batch="2026-12-07-en-6", kind="library-plan", academic_year="2014-2015")
P.para("May-June 2015")
P.item("Due to HS Final exams and the need to take inventory and get everything back in order on the shelves, "
       "the library will be closed for lessons and check out from May 28-June 5. Here is some library related "
       "information and dates to keep in mind as you plan this month.",
       ev("2015-05-28", "2015-06-05", title="closed for lessons and check out"))
P.item("- May 20 will be the last day that books can be checked out during library class.",
       ev("2015-05-20", title="last day that books can be checked out"))
P.item("- May 25 is the final due date for ALL library books. Teachers, please return as many books as you can "
       "by that date so the library can begin inventory. Feel free to keep the books you need for the last "
       "week, but inform the library if any of the books on your record are lost so we can remove them from "
       "your account and do a more accurate inventory.",
       ev("2015-05-25", title="final due date for ALL library books"))
P.item("- May 27 will be the last day of K-6 library classes. From May 28 – June 5 there will be no library "
       "periods for classes. May 28 is the first day of HS final exams which has a major impact on the library "
       "as it is one of the main study areas.",
       ev("2015-05-27", title="last day of K-6 library classes"),
       ev("2015-05-28", title="first day of HS final exams"))
for line in [
    "- For secondary textbooks, please collect them when you give your exam (or sooner if they’re not needed). "
    "More information will be sent out the last week of May on how to check in your students’ textbooks and "
    "see who still has outstanding items.",
    "- Students with overdue books, textbooks, and/or fines will not receive their report card/transcripts, so "
    "please mention this to your students.",
    "- Classes and students may still come into the library up until the last day of school to read or study if "
    "they are quiet, but nothing may be checked out again until June 5.",
    "- In order for the library to be open at all during the summer, we need volunteers who can commit to two "
    "hours, one day a week. Typically we have had two or three people taking turns with this. Please let us "
    "know if you would be interested in assisting.",
]:
    P.para(line)
P.save_txt()
