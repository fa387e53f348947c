"""МОУ СОШ №31 (Подольск): календарный план воспитательной работы на 2023-2024 учебный год,
основная школа (5-9 классы) — the federal template of 2023: module section rows
("Модуль «Основные школьные дела»"), then "Дела | Классы | Дата | Ответственные", where the
classes column ("5-9", "5-8") stands between the title and the date, dates are days, day
ranges, a month range and "Каждый понедельник", and a cell may hold two roles
("Замдиректора по ВР" / "Педагог организатор"). The stored copy is the school's PDF as
text, columns read one after another; the first eight rows are the ones whose cells line
up unambiguously (the ninth, «День Дублера», has no responsible in the copy)."""
from ru_corpus import Plan, ev

P = Plan("ru-39-podolsk31-calendar-plan-2023",
         source="https://31.schoolpodolsk.ru/file/card?id=5432",
         kind="calendar-plan", academic_year="2023-2024", title_col=0)
P.para("КАЛЕНДАРНЫЙ ПЛАН ВОСПИТАТЕЛЬНОЙ", bold=True, center=True)
P.para("РАБОТЫ НА 2023-2024 УЧЕБНЫЙ ГОД", bold=True, center=True)
P.para("Основная школа (5-9 классы)", center=True)
P.table(["Дела", "Классы", "Дата", "Ответственные"], title_col=0)
P.section("Модуль «Основные школьные дела»")
Y = ("2023-09-01", "2024-08-31")
P.row(["Общешкольная линейка, посвященная «Первому звонку – 2023 года»", "5-9", "1 сентября", "Замдиректора по ВР"],
      ev("2023-09-01", roles=["deputy-director"]))
P.row(["Классный час «Россия, устремленная в будущее»", "5-9", "1 сентября", "Классные руководители"],
      ev("2023-09-01", roles=["class-teacher"]))
P.row(["Подъем Флага РФ и исполнение Гимна РФ", "5-9", "Каждый понедельник", "Замдиректора по ВР\nПедагог организатор"],
      ev(*Y, roles=["deputy-director", "organizer"]))
P.row(["Акция, посвященная окончанию 2 мировой войны «Голубь мира»", "5-8", "3 сентября", "Учителя истории"],
      ev("2023-09-03", roles=["teacher"]))
P.row(["Школьный этап сдачи норм ГТО", "5-9", "Сентябрь-декабрь", "Учителя физкультуры"],
      ev("2023-09-01", "2023-12-31", roles=["teacher"]))
P.row(["Школьные соревнования по футболу", "5-9", "2-4 октября", "Учителя физкультуры"],
      ev("2023-10-02", "2023-10-04", roles=["teacher"]))
P.row(["Школьные соревнования по лапте", "5-9", "10-13 октября", "Учителя физкультуры"],
      ev("2023-10-10", "2023-10-13", roles=["teacher"]))
P.row(["«Разговоры о важном»", "5-9", "Каждый понедельник", "Классные руководители"],
      ev(*Y, roles=["class-teacher"]))
P.save_docx()
