"""Руднянский район (Смоленская обл.): план мероприятий для посещения детьми из семей
участников специальной военной операции и многодетных семей в сентябре 2024 года — a
district plan of the culture institutions (partners of the schools and families). A
two-row header: "Категория граждан" spans two sub-columns ("дети из семей участников СВО |
дети из многодетных семей"); in row 1 the offer cell spans both sub-columns and holds the
terms ("бесплатно (в течении месяца)") followed by the one dated event ("27.09. Тематическое
мероприятие «…»"); the institution is named in its own column and the person in the last.
The stored copy ends inside row 2's offer cell, so only row 1 is kept. Written with
python-docx directly (the shared helper has no partial merges)."""
import datetime
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ru_corpus import OUT, Plan, ev, _fill_cell, _normalise_zip

P = Plan("ru-36-rudnya-culture-svo-families-sept-2024",
         source="https://xn--d1ashm6d.xn--p1ai/leftmenu/meropriyatiya-dlya-detej-iz-semej-uchastnikov-svo-i-mnogodet/plan-meropriyatij-dlya-posescheniya-detmi-iz-semej-uchastnikov-specialnoj-voennoj-operacii-i-mnogodetnyh-semej-v-sentyabre-2024-goda",
         kind="partner-plan", academic_year="2024-2025")
TITLE = "План мероприятий для посещения детьми из семей участников специальной военной операции и многодетных семей в сентябре 2024 года"
MUSEUM = "Муниципальное бюджетное учреждение культуры Руднянский исторический музей"
OFFER = "бесплатно (в течении месяца) 27.09. Тематическое мероприятие «Их именами названы улица нашего города» к освобождению Руднянского района от фашистких захватчиков в Руднянском историческом музее."
P._add_event("Тематическое мероприятие «Их именами названы улица нашего города»",
             ev("2024-09-27", people=["Якушенкова Ольга Алексеевна"],
                partners=["Руднянский исторический музей"]))

d = docx.Document()
cp = d.core_properties
cp.created = cp.modified = datetime.datetime(2024, 9, 1)
cp.last_modified_by = cp.author = "plancal corpus"
p = d.add_paragraph()
p.add_run(TITLE).bold = True
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = d.add_table(rows=3, cols=5)
t.style = "Table Grid"
h0, h1, r = t.rows
for i in (0, 1, 4):
    c = h0.cells[i].merge(h1.cells[i])
    _fill_cell(c, ["№ п/п", "Наименование учреждения культуры", "", "", "Ответственные"][i], bold=True)
_fill_cell(h0.cells[2].merge(h0.cells[3]), "Категория граждан", bold=True)
_fill_cell(h1.cells[2], "дети из семей участников СВО", bold=True)
_fill_cell(h1.cells[3], "дети из многодетных семей", bold=True)
_fill_cell(r.cells[0], "1.")
_fill_cell(r.cells[1], MUSEUM)
_fill_cell(r.cells[2].merge(r.cells[3]), OFFER)
_fill_cell(r.cells[4], "Якушенкова Ольга Алексеевна")
path = os.path.join(OUT, P.name + ".docx")
d.save(path)
_normalise_zip(path)
P.write_expected()
