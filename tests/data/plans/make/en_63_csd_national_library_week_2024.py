"""A school district's news article (csd.k12.wi.us), "Ready, Set, Read, Library!", Word paragraphs:
the event in the first sentence with its span and year ("National Library Week is April 7–13, 2024,
and our school and local libraries encourage everyone … to visit the library …" — the school and
public libraries together), then two paragraphs on libraries and reading (no dates)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-63-csd-national-library-week-2024", source="https://csd.k12.wi.us/article/1543614",
           batch="2026-12-07-en-12", kind="library-plan", academic_year="2023-2024")
P.item("Ready, Set, Read, Library! National Library Week is April 7–13, 2024, and our school and local libraries "
       "encourage everyone in the community to visit the library to take part in the festivities and explore all our "
       "libraries have to offer.", ev("2024-04-07", "2024-04-13", title="National Library Week"))
P.para("Libraries give us a green light to experience something truly special: a place to connect with others, learn "
       "new skills, and pursue our passions through book clubs, story times, movie nights, crafting classes, lectures, "
       "and more. Our libraries offer a wide array of programs, classes and resources.")
P.para("Readers are leaders. Almost all great leaders were readers. One reason they are respected and known for their "
       "wisdom is because they develop a healthy reading habit. For centuries, reading has been the source of "
       "inspiration, growth and new ideas. It is a valuable investment in one’s own personality with uncountable and "
       "long-lasting benefits. If you want your child to become a leader, encourage them to read. It will keep their "
       "mind healthy and productive. And then they will be able to impact the world in a better way. Ready, Set, Read!")
P.save_docx()
