"""Батайская ЦБС, библиотека им. Лермонтова (lermontov.cbs-bataysk.ru): news of 23 March 2022,
saved as text — the post's date and title on one line ("23.03.2022 Всероссийская Неделя детской
книги", the date no event), then one sentence with the span and its year at the end ("С 26 марта по
3 апреля 2022 года пройдет Всероссийская Неделя детской книги, …"), and the year's dedication (the
writer's 140th birthday, no date of its own)."""
from ru_corpus import Plan, ev

P = Plan("ru-77-bataysk-lermontov-childrens-book-week-2022",
         source="http://lermontov.cbs-bataysk.ru/%d0%bd%d0%be%d0%b2%d0%be%d1%81%d1%82%d0%b8/23-03-2022",
         kind="library-plan", academic_year="2021-2022", batch="2026-12-07-ru-7")
P.para("23.03.2022 Всероссийская Неделя детской книги")
P.item("С 26 марта по 3 апреля 2022 года пройдет Всероссийская Неделя детской книги, крупнейшее мероприятие, посвященное "
       "продвижению детской книги и чтения. В этом году Неделя детской книги посвящена жизни и творчеству великого "
       "детского писателя и переводчика Корнея Ивановича Чуковского и приурочена к 140-летию со дня его рождения.",
       ev("2022-03-26", "2022-04-03", title="Всероссийская Неделя детской книги"))
P.save_txt()
