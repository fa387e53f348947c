"""A school's "Preschool News" for October 14, 2016 (a Smore newsletter), saved as text: the
week's fire-safety lessons (no dates), next week's letter, then two future events inside
sentences — "Our buddies will be visiting on Wednesday, Oct. 19th." and "The Halloween parade
and party will be on October 28th. The parade will start at 8:30am in the gym." The year is the
newsletter's date line. The stored copy ends inside the last sentence of the Halloween paragraph
(that sentence left out)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-40-preschool-news-october-2016",
           source="https://www.smore.com/9ccct",
           batch="2026-12-07-en-6", kind="kindergarten-plan", academic_year="2016-2017")
P.para("Preschool News")
P.para("October 14, 2016")
P.para("This week")
P.para("This week we learned many fire safety tips. The children were very good at recalling many of them. We "
       "were able to write our first Friday message, which is a writing piece where the children give me the "
       "information to write in sentence form. Ask your child what fire safety information they remember. The "
       "following are a few tips we covered:")
for line in ["What do we do when our clothes catch fire? (stop, drop and roll)",
             "What should you do if a building or house is on fire? (get out, do not take anything with you)",
             "What should you do if there is smoke inside your house? (crawl to get out)",
             "What are items that a child should not touch because they are dangerous and hot? (lighter, stove, "
             "oven, grill, candle)",
             "The children had so much fun with the firefighters and the fire engine. Make sure to ask about their "
             "visit.",
             "Along with fire safety we learned the letter \"Cc\". We completed a Cc book and did a cut and paste of "
             "a cat. The children are showing great improvement in their cutting.",
             "Next week we will learn about Birds of Prey and the letter Dd. We are introducing the letters in "
             "alphabetical order so please feel free to start gathering pictures that begin with the letter of the "
             "week ahead of time. Just a reminder that the pictures have to be small because they are being placed "
             "on a 8\"x8\" square that has the letters printed on it. the pictures go around the letters."]:
    P.para(line)
P.item("Our buddies will be visiting on Wednesday, Oct. 19th. Please have your children to school by 8:15am so they "
       "are here to enjoy time with their buddies.", ev("2016-10-19"), title="buddies")
P.item("Halloween is fast approaching. The Halloween parade and party will be on October 28th. The parade will "
       "start at 8:30am in the gym. The parents stand around the outside of the gym so they can see the parade as "
       "it walks by. Our class party is very low key. We enjoy halloween snacks at snack time and then have "
       "Halloween themed centers. Please sign up to bring in food items for the party.",
       ev("2016-10-28", location="gym"), title="Halloween parade")
P.save_txt()
