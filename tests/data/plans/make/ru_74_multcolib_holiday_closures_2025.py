"""Multnomah County Library (multcolib.org), its Russian page "Праздничные дни": the days all
branches are closed, by year headings ("2025 год", "2026 год"), each holiday a name line over a date
line "<День недели>, <d> <месяца> <yyyy> г." (once "года"), two with a note line after them
("Примечание: Во вторник, 31 декабря, все библиотеки будут работать с 10:00 до 18:00." — the short
day before, an event of its own: 31 December 2024; "… В среду, 26 ноября, все библиотеки
закрываются в 18:00."). Saved as Word paragraphs as the page shows them. The stored copy ends after
the first 2026 holiday and its note (31 December 2025, short day); the rest is cut (left out)."""
from ru_corpus import Plan, ev

P = Plan("ru-74-multcolib-holiday-closures-2025", source="https://multcolib.org/ru/holiday-closures",
         kind="library-plan", academic_year="2025", batch="2026-12-07-ru-7")
P.para("Праздничные дни", bold=True)
P.para("Если не будет указано иначе, все отделения и административные офисы библиотеки будут закрыты в следующие дни.")
P.para("2025 год", bold=True)
for name, date_line, day, note in [
        ("Первый день Нового года", "Среда, 1 января 2025 г.", "2025-01-01",
         ("Примечание: Во вторник, 31 декабря, все библиотеки будут работать с 10:00 до 18:00. ", "2024-12-31")),
        ("День Мартина Лютера Кинга мл.", "Понедельник, 20 января 2025 г.", "2025-01-20", None),
        ("День президента", "Понедельник, 17 февраля 2025 г.", "2025-02-17", None),
        ("День поминовения", "Понедельник, 26 мая 2025 г.", "2025-05-26", None),
        ("Празднование освобождения афроамериканцев от рабства", "Четверг, 19 июня 2025 г.", "2025-06-19", None),
        ("День независимости", "Пятница, 4 июля 2025 года", "2025-07-04", None),
        ("День труда", "Понедельник, 1 сентября 2025 г.", "2025-09-01", None),
        ("День благодарения", "Четверг, 27 ноября 2025 г.", "2025-11-27",
         ("Примечание: В среду, 26 ноября, все библиотеки закрываются в 18:00.", "2025-11-26")),
        ("Канун Рождества", "Среда, 24 декабря 2025 г.", "2025-12-24", None),
        ("Рождество", "Четверг, 25 декабря 2025 г.", "2025-12-25", None),
        ("2026 год", None, None, None),
        ("Первый день Нового года", "Четверг, 1 января 2026 г.", "2026-01-01",
         ("Примечание: В среду, 31 декабря, все библиотеки закрываются в 18:00.", "2025-12-31"))]:
    if date_line is None:
        P.para(name, bold=True)
        continue
    P.para(name)
    P.item(date_line, ev(day, title=name))
    if note:
        text, nday = note
        P.item(text, ev(nday, title="все библиотеки"))
P.save_docx()
