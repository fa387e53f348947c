"""A town library system's plan for the week of 12-18 May 2025 (biblioteka-bug.ru, "Афиша
мероприятий"): "Дни недели, дата | Мероприятия | Время, место проведения" — the day column
comes first with the weekday and a two-digit year ("Понедельник 12.05.25"), repeated on each
row of the day; the last column holds the hour and the place together ("08.30 ЦГДБ",
"12.00 Библиотека – филиал №1"). The stored copy ends inside the ninth row (dropped). Saved
as Excel does "CSV UTF-8": a byte-order mark, semicolons, the title row padded to the
table's width."""
import csv
import io
import os

from ru_corpus import OUT, Plan, ev

P = Plan("ru-41-bug-library-week-may-2025",
         source="https://www.biblioteka-bug.ru/index/afisha_meroprijatij/0-18",
         kind="week-plan", academic_year="2024-2025")
rows = [
    ("Понедельник 12.05.25", "Литературный праздник «Мир через сказки»", "08.30 ЦГДБ", "ЦГДБ"),
    ("Понедельник 12.05.25", "Библиотечный урок «Горжусь своей профессией, зову в свою профессию: о профессии библиотекаря»", "08.30 Гимназия №1 ЦГДБ", "Гимназия №1 ЦГДБ"),
    ("Понедельник 12.05.25", "Литературная игра «Чертоги разума» Мероприятие в рамках проекта «Пушкинская карта»", "08.30 БНК ЦГБ", "БНК ЦГБ"),
    ("Вторник 13.05.25", "Литературный час «В мире замечательных книг»", "13.00 ЦГДБ", "ЦГДБ"),
    ("Вторник 13.05.25", "Литературная гостиная с элементами мастер-класса «Ты в ответе за тех, кого приручил» (к произведению Антуан де Сент-Экзюпери «Маленький принц»)", "13.00 ЦГДБ", "ЦГДБ"),
    ("Среда 14.05.25", "«Если есть семья – значит счастлив я!» (к Международному Дню Семьи)", "12.00 Библиотека – филиал №1", "Библиотека – филиал №1"),
    ("Среда 14.05.25", "Вечер памяти «Муза блокадного Ленинграда» (к 115-летию со дня рождения О.Ф. Берггольц)", "13.00 Библиотека – филиал №1", "Библиотека – филиал №1"),
    ("Среда 14.05.25", "Библиоквиз «Нескучная литература» Мероприятие в рамках проекта «Пушкинская карта»", "13.00 ЦГДБ", "ЦГДБ"),
]
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
w.writerow(["ПЛАН мероприятий с 12 по 18 мая 2025г.", "", ""])
w.writerow(["Дни недели, дата", "Мероприятия", "Время, место проведения"])
for day, title, when, place in rows:
    w.writerow([day, title, when])
    d = day.split()[1]
    P._add_event(title, ev(f"2025-05-{d[:2]}", location=place))
with open(os.path.join(OUT, P.name + ".csv"), "wb") as f:
    f.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))
P.write_expected()
