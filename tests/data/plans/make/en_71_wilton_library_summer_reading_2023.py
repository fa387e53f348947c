"""Wilton Public Library (wiltonlibrary.wrlsweb.org): the librarian's post on the 2023 summer
reading programme "All Together Now", saved as text. Paragraphs of plans with loose timings: "2
story times on Wednesdays. Preschool at 10:30 and elementary at 11:30." (two weekly events over
the summer), a book club "once a month, but the date is yet to be determined" (no date: not
listed), a storyteller "She will be here in June." (June 2023), "We will close out summer at the end
of August with music followed by a movie … in the park next to the library" (the last days of
August), then the two full dates ("Sign up for summer reading will start Friday June 2, 2023 …",
"Summer reading officially starts Monday June 5, 2023."). The stored copy ends mid-word (cut)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-71-wilton-library-summer-reading-2023",
           source="https://wiltonlibrary.wrlsweb.org/summer-reading-theme-all-together-now/",
           batch="2026-12-07-en-13", kind="library-plan", academic_year="2022-2023")
SUMMER = ("2023-06-05", "2023-08-31")
P.para("This year the theme for our summer reading program is All Together Now. I am so glad this wasn’t my first summer "
       "reading program as trying to break down the theme into blocks for younger readers to understand was challenging. "
       "The direction we have decided to take is based on kindness, community, and giving. This summer’s story times will "
       "include as many different community leaders as possible to come in and read to the kids, talk to them about what "
       "they do and how it gives back to the community, and allow time for the kids to ask questions. Plus, we will have "
       "an activity related to the guest reader.")
P.para("")
P.item("Also, this summer, we will continue to have 2 story times on Wednesdays. Preschool at 10:30 and elementary at "
       "11:30. We will also have a book club for junior high and high school students that will meet once a month, but "
       "the date is yet to be determined. The book club has the possibility of continuing into the school year depending "
       "on if the students would like it or not.",
       ev(*SUMMER, title="Preschool"), ev(*SUMMER, title="elementary"))
P.para("")
P.item("On top of that, we have Tracy Chipman returning with the fabulous storytelling that she does. She will be here in "
       "June. Just watch our calendar for that date. And I have a few other surprises in the mix as well for both adult "
       "and children. Summer is our busiest time here at the library and we appreciate all of you who come in, show "
       "support, and do so much to help the library thrive.",
       ev("2023-06-01", "2023-06-30", title="storytelling"))
P.para("")
P.item("Another great activity that we did last year is a movie and music in the park. We will close out summer at the "
       "end of August with music followed by a movie, still to be determined, in the park next to the library with "
       "popcorn, soda, and just getting together to celebrate the end of summer and summer reading. The kids work hard "
       "during the summer too.",
       ev("2023-08-21", "2023-08-31", title="music", location="park next to the library"))
P.para("")
P.item("Sign up for summer reading will start Friday June 2, 2023 both in person and online. LInks will be posted closer "
       "to the middle of May. Summer reading officially starts Monday June 5, 2023. So let’s get ready to rock this summer "
       "and enjoy every moment of the sunny and wa",
       ev("2023-06-02", title="Sign up"), ev(*SUMMER, title="Summer reading"))
P.save_txt()
