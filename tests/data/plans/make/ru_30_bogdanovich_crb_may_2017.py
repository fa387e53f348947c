"""Центральная районная библиотека (г. Богданович, Свердловская обл.): план работы на май
2017 года, print view. Date-first: each day is a paragraph ("Дата- 03.05.2017") followed by
its own small table "Время | Категория | Наименование | Краткое описание | Место
проведения, ответственный"; the last cell packs the place, its street address and the
person with their post ("Чупров Г.Л., библиотекарь отдела обслуживания читателей"). The
stored copy ends inside the third day's place cell, so that day is left out."""
from ru_corpus import Plan, ev

P = Plan("ru-30-bogdanovich-crb-may-2017",
         source="http://biblio.ukmpi.ru/index.php/afisha/1803-plan-raboty-tsentralnoj-rajonnoj-biblioteki-na-maj-2017-goda?tmpl=component&print=1&layout=default",
         kind="month-plan", academic_year="2016-2017", title_col=2)
P.para("План работы Центральной районной библиотеки на май 2017 года", bold=True)
P.para("Дата- 03.05.2017")
HDR = ["Время", "Категория", "Наименование", "Краткое описание", "Место проведения, ответственный"]
P.table(HDR)
P.row(["9-00", "Патриотический час", "«Животные на войне»", "О роли животных в годы Великой Отечественной войны",
       "Центральная районная библиотека,\vг. Богданович, ул. Гагарина, 10 «А»,\vЧупров Г.Л., библиотекарь отдела обслуживания читателей"],
      ev("2017-05-03", people=["Чупров Г.Л."], roles=["librarian"], location="Центральная районная библиотека"))
P.para("Дата - 04.05.2017")
P.table(HDR)
P.row(["11-00", "Громкие чтения рассказов о войне", "«Читаем детям о войне»", "Знакомство и обсуждение рассказов А. Митяева «Куриная слепота» в рамках Международной акции «Читаем детям о войне»",
       "Центральная районная библиотека,\vг. Богданович, ул. Гагарина 10 «А»,\vСорокина М.В., заведующая отделом по работе с детьми"],
      ev("2017-05-04", people=["Сорокина М.В."], location="Центральная районная библиотека"))
P.save_docx()
