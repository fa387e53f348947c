"""ГУК «Толочинская централизованная библиотечная система»: план мероприятий, посвященных
80-летию Великой Победы. No year is written, but the 80th anniversary of the Victory (1945)
is 2025, so May is May 2025 (read in 2026-2027 until the importer took the anniversary's
year); place before date; "май-июнь". Word "save as text". Rows 1-7 (row 8 is cut
off in the stored copy)."""
from ru_corpus import Plan, ev

P = Plan("ru-23-tolochin-cbs-victory",
         source="http://tolochincbs.by/index.php?option=com_content&view=article&id=1226:plan-meropriyatij-guk-tolochinskaya-tsentralizovannaya-bibliotechnaya-sistema-posvyashchennykh-80-letiyu-velikoj-pobedy&catid=14",
         kind="other", academic_year="2024-2025")
P.para("План мероприятий")
P.para("ГУК ”Толочинская централизованная библиотечная система“,")
P.para("посвященных 80-летию Великой Победы")
P.table(["№ п/п", "Форма и наименование мероприятия", "Место проведения", "Дата", "Ответственный"])
may = ("2025-05-01", "2025-05-31")
crb = "Центральная районная библиотека"
P.row(["1", "Книжно-иллюстрированная выставка “Под салютом Великой Победы”", crb, "май", "Андреева Т.В."],
      ev(*may, location=crb, people=["Андреева Т.В."]))
P.row(["2", "Литературная галерея писателей-фронтовиков “Строками тех, кто был в бою”", crb, "май-июнь", "Андреева Т.В."],
      ev("2025-05-01", "2025-06-30", location=crb, people=["Андреева Т.В."]))
P.row(["3", "Виртуальная книжная выставка книг писателей-фронтовиков “Парад военных книг”", crb, "май", "Самсонова О.А."],
      ev(*may, location=crb, people=["Самсонова О.А."]))
P.row(["4", "Патриотическая акция “Журавли нашей памяти”", "Все библиотеки системы", "май", "Шишкова О.П."],
      ev(*may, location="Все библиотеки системы", people=["Шишкова О.П."]))
P.row(["5", "Месячник чтения книг о Великой Отечественной войне “Литература на все времена”", crb, "май", "Андреева Т.В."],
      ev(*may, location=crb, people=["Андреева Т.В."]))
P.row(["6", "Час патриотизма “Великая война – Великая Победа”", crb, "6 мая", "Галыга А.Л."],
      ev("2025-05-06", location=crb, people=["Галыга А.Л."]))
P.row(["7", "Открытая интерактивная тематическая площадка “Победа в сердцах поколений”", crb, "9 мая", "Побяржина Т.П."],
      ev("2025-05-09", location=crb, people=["Побяржина Т.П."]))
P.save_txt()
