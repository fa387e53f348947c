"""Frome Opportunity Nursery: the September 2016 newsletter, a web page of headed paragraphs saved
as text. Under "Diary Dates" the events sit inside sentences: "Please note we have an inset day on
Monday  31st October." (two spaces), "… please note our leaver’s party will be on the last day of
the summer term - Monday 24th July 2017!"; under "Going to school" a deadline inside a sentence
("Applications must be completed before 15th January 2017."). A weekly habit for this term only
("… games on Wednesday mornings") is not listed (its span is "this term"). The stored copy ends
inside a later paragraph (left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-44-frome-opportunity-nursery-september-2016",
           source="https://www.fromeopportunitynursery.com/newsletter-dates",
           batch="2026-12-07-en-7", kind="kindergarten-plan", academic_year="2016-2017")
P.para("September 2016")
P.para("")
P.para("A belated welcome…")
P.para("to all new children, parents and families and an equally belated welcome back to those we already know!  The "
       "children are all settling in very well.   ")
P.para("")
P.para("Diary Dates")
P.para("")
P.item("A list of dates for the year is below – but there are always extra dates which crop up during the year for "
       "various things so please could you make a note of these as they come.  Please note we have an inset day on "
       "Monday  31st October.  There will be two more next term.  I don’t want to wish the year away but please note "
       "our leaver’s party will be on the last day of the summer term - Monday 24th July 2017!",
       ev("2016-10-31", title="inset day"), ev("2017-07-24", title="leaver’s party"))
P.para("")
P.para("Absent parents")
P.para("")
P.para("Please would you let me or your keyworker know if there is an absent parent in your family who would like copies "
       "of newsletters, topic leaflets etc.  I don’t want to leave anyone out.")
P.para("")
P.para("Going to school")
P.para("")
P.item("For those children moving on to school next year you may have received your letter/ form already.  If you "
       "haven’t had a letter don’t worry there is plenty of time – just telephone 0300 123 2224 for a paper "
       "application or you can go directly online to complete your form at: Applications must be completed before "
       "15th January 2017. ", ev("2017-01-15", title="Applications"))
P.para("")
P.para("Games in the Hall for Pre-School Year children")
P.para("")
P.para("This term we are able to take the older children into the school hall for games on Wednesday mornings. Part of "
       "this activity is to encourage independent dressing so please could you help by making sure your child is "
       "wearing shoes which are easy to take off/put on and for girls to not wear tights as they struggle to manage "
       "these!   The timetable often varies through the year so other children will then benefit later on.")
P.para("")
P.para("We are gradually moving on to Autumn as our theme for the next few weeks.  Later on we will be exploring Light "
       "as we celebrate Halloween, Bonfire Night and Diwali.")
P.save_txt()
