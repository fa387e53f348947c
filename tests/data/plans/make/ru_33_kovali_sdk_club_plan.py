"""Ковалинский СДК (Урмарский район, Чувашия; gov.cap.ru): plan of the village culture
house and two village clubs. The stored copy starts at the table: "Место и сроки проведения
| Наименование мероприятия | Повестка дня | Исполнители", date-first, the first cell packing
the day, the hour ("18.00 час.") and the venue, several venue/hour pairs when the event runs
in three clubs; the form of the event in the second column and its name in the third; three
people in the last. No year anywhere (read in 2026-2027). Saved as Excel keeps each cell's
lines. The stored copy ends inside the last row's people cell, so that row is left out."""
from ru_corpus import Plan, ev

P = Plan("ru-33-kovali-sdk-club-plan",
         source="https://gov.cap.ru/SiteMap.aspx?gov_id=451&id=2435723",
         kind="culture-house-plan", academic_year="2026-2027")
P.table(["Место и сроки проведения", "Наименование мероприятия", "Повестка дня", "Исполнители"])
THREE = "Иванова Г.Д.\nАндреева С.Н.\nЯковлева Г.М"
PPL = ["Иванова Г.Д.", "Андреева С.Н.", "Яковлева Г.М"]
P.row(["25 января\n18.00 час.\nКовалинский СДК\n17.00\nСистебинский СК\n17.00\nСтаромуратовский СК",
       "Тематический вечер", "«Татьянин день»", THREE],
      ev("2027-01-25", people=PPL, location="Ковалинский СДК"))
P.row(["27 января\n15.00 час.\nКовалинский СДК", "Информационный час ко Дню снятия блокады Ленинграда",
       "«Мы этой памяти верны»", THREE],
      ev("2027-01-27", people=PPL, location="Ковалинский СДК"))
P.row(["февраль\n14.02\n18.00 час\nКовалинский СДК\n17.00\nСистебинский СК\n17.00\nСтаромуратовский СК",
       "Конкурсная программа", "«Любви все возрасты покорны»", THREE],
      ev("2027-02-14", people=PPL, location="Ковалинский СДК"))
P.row(["27 марта\n16.00 час.\nКовалинский СДК\n16.00\nСистебинский СК\n16.00\nСтаромуратовский Ск",
       "Театрализованное представление ко Дню театра", "«Театр и этим многое сказано…»", THREE],
      ev("2027-03-27", people=PPL, location="Ковалинский СДК"))
P.row(["12 апреля\n13.00 час\nКовалинский СДК", "Игровая программа ко Дню космонавтики",
       "«Этот таинственный космос»", "Иванова Г.Д."],
      ev("2027-04-12", people=["Иванова Г.Д."], location="Ковалинский СДК"))
P.save_xlsx()
