"""Детский сад № 35 (Королёв, Московская область): «План работы на декабрь», a kindergarten page
with no year written anywhere (read in 2026-2027 per ../README-ru.md, so December 2026). A Word
table "Мероприятия | Группы | Время" whose first cell, "Новогодние праздники", is merged down over
nine rows — one row per group ("Младшая «Цыплята»", "Средняя «Пчелка»" …) with its own day and
clock time ("26.12 в 10.10"); then rows with deadlines ("Сбор поделок\\nдо 16.12"), a span with
stray full stops ("С 3.12. по 7.12") and "В течение месяца". One row pairs two entertainments with
two audiences, line by line ("Развлечение\\n«По следам невиданных зверей» «Путешествие в
Дедморозовку»" beside "Младшие, средние группы\\nСтаршие, подготовительные группы"): two events
of the month. Each group's party is an event of its own."""
import os

import docx

from ru_corpus import OUT, Plan, _normalise_zip, ev

P = Plan("ru-70-korolev-ds35-december-plan",
         source="https://ds35.edu.korolev.ru/%d0%bf%d0%bb%d0%b0%d0%bd-%d1%80%d0%b0%d0%b1%d0%be%d1%82%d1%8b-%d0%bd%d0%b0-%d0%b4%d0%b5%d0%ba%d0%b0%d0%b1%d1%80%d1%8c",
         kind="kindergarten-plan", batch="2026-12-07-ru-5", title_col=0)
P.para("План работы на декабрь", bold=True)
P.table(["Мероприятия", "Группы", "Время"], title_col=0)
PARTIES = [
    ("Младшая «Цыплята»", "26.12 в 10.10", "2026-12-26"),
    ("Младшая «Солнышко»", "26.12 в 9.15", "2026-12-26"),
    ("Средняя «Пчелка»", "25.12 в 10.15", "2026-12-25"),
    ("Средняя «Почемучка»", "25.12 в 9.15", "2026-12-25"),
    ("Средняя «Забавушка»", "26.12 в 11.00", "2026-12-26"),
    ("Подготовительная «Цветочный город»", "20.12 в 9.15", "2026-12-20"),
    ("Подготовительная «Гномики»", "20.12 в 10.30", "2026-12-20"),
    ("Старшая «Знайки»", "21.12 в 10.30", "2026-12-21"),
    ("Старшая «Звездочка»", "21.12 в 9.15", "2026-12-21"),
]
for i, (group, when, day) in enumerate(PARTIES):
    P._rows.append(("row", ["Новогодние праздники" if i == 0 else "", group, when]))
    P._add_event("Новогодние праздники", ev(day))
DEC = ("2026-12-01", "2026-12-31")
P._rows.append(("row", ["Развлечение\n«По следам невиданных зверей» «Путешествие в Дедморозовку»",
                        "Младшие, средние группы\nСтаршие, подготовительные группы",
                        "В течение месяца"]))
P._add_event("«По следам невиданных зверей»", ev(*DEC))
P._add_event("«Путешествие в Дедморозовку»", ev(*DEC))
P.row(["Выставка на окошке «Новогодняя мозаика»", "Все группы", "Сбор поделок\nдо 16.12"], ev("2026-12-16"))
P.row(["Фотовыставка «Новогодняя сказка»", "Все группы", "Сбор фото\nдо 16.12"], ev("2026-12-16"))
P.row(["Украшение туй на улице", "Все группы", "С 3.12. по 7.12"], ev("2026-12-03", "2026-12-07"))
P.row(["Театрализованное представление", "Младшие, средние группы", "27.12"], ev("2026-12-27"))
P.save_docx()

# "Новогодние праздники" is merged down over the nine group rows (rows 1..9 under the header).
path = os.path.join(OUT, P.name + ".docx")
d = docx.Document(path)
t = d.tables[0]
top = t.cell(1, 0).merge(t.cell(9, 0))
for para in top.paragraphs[1:]:
    if not para.text:
        para._element.getparent().remove(para._element)
d.save(path)
_normalise_zip(path)
