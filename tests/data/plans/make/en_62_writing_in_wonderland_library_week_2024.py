"""Writing in Wonderland (a blog), "2024 National Library Week", 7 April 2024 (the stored copy
opens with its date line " date 2024-04-07", glued to the first sentence), saved as text. One
event in brackets inside the first sentence ("It's the annual National Library Week (April 7 - 13,
2024) in America."), then its theme and honorary chair (no other dates)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-62-writing-in-wonderland-library-week-2024",
           source="http://writinginwonderland.blogspot.com/2024/04/2024-national-library-week.html",
           batch="2026-12-07-en-12", kind="library-plan", academic_year="2023-2024")
P.item(" date 2024-04-07 It's the annual National Library Week (April 7 - 13, 2024) in America. This is a time to "
       "celebrate the contributions of our nation's libraries and library workers and to promote library use and "
       "support. From free access to books and online resources for families to library business centers that help "
       "support entrepreneurship and retraining, libraries offer opportunity to all. The theme for National Library Week "
       "2024 is \"Ready, Set, Library!\"", ev("2024-04-07", "2024-04-13", title="National Library Week"))
P.para("Libraries are full of stories in a variety of formats from picture books to large print, audiobooks to ebooks, "
       "and more. But there's so much more to the story. Libraries of Things lend items like museum passes, games, "
       "musical instruments, and tools. Library programming brings communities together for entertainment, education, "
       "and connection through book clubs, story times, movie nights, crafting classes, and lectures. Library "
       "infrastructure advances communities, providing internet and technology access, literacy skills, and support for "
       "businesses, job seekers, and entrepreneurs. National Library Week 2024 will be a great time to tell your "
       "library’s multi-faceted story.National Ambassador for Young People’s Literature and Newbery and Pura "
       "Belpré-award winning author Meg Medina will serve as 2024 Honorary Chair.")
P.save_txt()
