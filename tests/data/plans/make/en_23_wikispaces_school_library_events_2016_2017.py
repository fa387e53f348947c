"""A school library's "Library Events" calendar for 2016-2017, from a class wiki (wikispaces,
kept by the Internet Archive): a heading, then numbered paragraphs, each an event's name, its
dates in brackets after it ("Library Orientation (September 6-9, 2016)", "Holidays Around the
World (December 12 -16, 2016)" with a stray space before the end day) and a dash with what
happens ("– Teachers will sign up to bring their class to the library …"); one name misspelt
("Presdient’s Day Reading"). The stored copy ends inside item 9's description (left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-23-wikispaces-school-library-events-2016-2017",
           source="https://archive.org/download/wiki-biographyvsautobigoraphy.wikispaces.com/biographyvsautobigoraphy.wikispaces.com.zip:/tmp/tarfile_extract_in1980am/pages/Calendar.html",
           batch="2026-12-07-en-4", kind="library-plan", academic_year="2016-2017")
P.para("Library Events", bold=True)
ITEMS = [
    ("Library Orientation", "September 6-9, 2016", "2016-09-06", "2016-09-09",
     "Teachers will sign up to bring their class to the library in order for students to learn "
     "about checking books out of the library. Students will also be able to find out about the "
     "services offered in the school library, as well as library expectations."),
    ("Fall Book Fair", "October 10-14, 2016", "2016-10-10", "2016-10-14",
     "Teachers will have the opportunity to sign up their classes to come to the library so "
     "students may purchase books. Students may also come individually or in small groups."),
    ("Game Day", "November 18, 2016", "2016-11-18", None,
     "Students will have the opportunity to earn the reward to come to the library to play games "
     "in the library."),
    ("Celebrate Picture Books", "November 28, 2016", "2016-11-28", None,
     "Classes or grade levels will be able to come to the library to go to different stations "
     "containing picture books written by popular authors, such as Patricia Polacco, Tomie "
     "dePaolo, Leo Lionni, and Gail Gibbons."),
    ("Holidays Around the World", "December 12 -16, 2016", "2016-12-12", "2016-12-16",
     "Teachers will have the opportunity to sign their class up for an adventure around the "
     "world. Classes will learn about holidays in different countries at multiple stations around "
     "the library."),
    ("MLK, Jr. Book Day", "January 17, 2017", "2017-01-17", None,
     "Classes or grade levels will come to the library to listen to a grade level appropriate "
     "biography about Martin Luther King, Jr. Teachers will have the opportunity to complete an "
     "activity in their classrooms afterwards."),
    ("Presdient’s Day Reading", "February 21, 2017", "2017-02-21", None,
     "Classes or grade levels will come to the library to listen to a grade level appropriate "
     "biography about a president. Teachers will have the opportunity to take an activity to "
     "complete in the classroom."),
    ("Read Across America", "March 3, 2017", "2017-03-03", None,
     "Special guest readers will be in the library throughout the day in order for classes or "
     "grade levels to come listen to a story written by Dr Seuss. Students may dress up as their "
     "favorite Dr Seuss character."),
]
for n, (name, when, s, e, what) in enumerate(ITEMS, 1):
    P.item("%d. %s (%s) – %s" % (n, name, when, what), ev(s, e), title=name)
P.save_docx()
