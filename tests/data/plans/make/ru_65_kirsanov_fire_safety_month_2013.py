"""Администрация Кирсановского района (Тамбовская область): «План проведения месячника
пожарной безопасности», приложение 2 к постановлению от 13 декабря 2013 г. N 1985, as the legal
database gives it. A table "N | Мероприятия | Сроки проведения | Исполнители" whose first row
names three executors, each in a row of its own: the number, the task and the deadline are
merged down over the three rows (the stored copy shows the two continuation rows with only
the executor cell). One event with a deadline ("до 25.12.2013"), not three. The stored copy
ends inside row 2 (left out)."""
import os

import docx

from ru_corpus import OUT, Plan, _normalise_zip, ev

P = Plan("ru-65-kirsanov-fire-safety-month-2013",
         source="https://base.garant.ru/28181071/f7ee959fd36b5699076b35abf4f52c5c/",
         kind="city-plan", academic_year="2013-2014", batch="2026-12-07-ru-4")
P.para("Приложение 2")
P.para("План", bold=True, center=True)
P.para("проведения месячника пожарной безопасности", bold=True, center=True)
P.para("(утв. постановлением администрации Кирсановского района Тамбовской области", center=True)
P.para("от 13 декабря 2013 г. N 1985)", center=True)
P.table(["N", "Мероприятия", "Сроки проведения", "Исполнители"])
P.row(["1.", "Провести с персоналом учебных, общеобразовательных и дошкольных заведений учреждений "
       "культуры внеплановые инструктажи о мерах пожарной безопасности с разъяснением их обязанностей "
       "и действий в случае возникновения чрезвычайных ситуаций, (с составлением соответствующих актов).",
       "до 25.12.2013", "Начальник отдела образования администрации района"],
      ev("2013-12-25"))
P.row(["", "", "", "Начальник отдела культуры администрации района"])
P.row(["", "", "", "Руководители учреждений образования и культуры"])
P.save_docx()

# The number, the task and the deadline of row 1 are merged down over its two continuation rows.
path = os.path.join(OUT, P.name + ".docx")
d = docx.Document(path)
t = d.tables[0]
for col in range(3):
    top = t.cell(1, col).merge(t.cell(3, col))
    for para in top.paragraphs[1:]:
        if not para.text:  # python-docx moves the merged cells' empty paragraphs into the top one
            para._element.getparent().remove(para._element)
d.save(path)
_normalise_zip(path)
