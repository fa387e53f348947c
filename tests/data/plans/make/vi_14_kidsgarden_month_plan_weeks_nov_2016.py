"""Trường mầm non Kids Garden: the activity plan of November 2016 for the 4-year-olds (khối
Chồi), a kindergarten month laid out by weeks: under "Hoạt động | Thời gian | Chỉ số đánh
giá" a second header row gives each week a column with its days and its teacher ("Tuần I (
Từ ngày 31/10- 4/11/2016) Giáo viên Nguyễn Thị Giáp"; week II's start is a typo, "7/10-
11/11/2016", for 7/11). The daily routines ("Đón trẻ", "Thể dục sáng") are one text across
the weeks (not events); the lessons ("Hoạt động học") have a row per weekday, so a lesson's
day is its row's weekday in its column's week, and its teacher the column's. The stored
copy ends inside the Tuesday row (dropped), so the Monday lessons are kept. Written with
python-docx directly (the shared helper has no partial merges)."""
import datetime
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from vi_corpus import OUT, Plan, ev, _fill_cell, _normalise_zip

P = Plan("vi-14-kidsgarden-month-plan-weeks-nov-2016",
         source="http://kidsgarden.edu.vn/42P248N1489P9I19T/KE-HOACH-HOAT-DONG-THANG-7-KHOI-LA/KE-HOACH-HOAT-DONG-THANG-11-KHOI-CHOI.aspx",
         kind="month-plan", academic_year="2016-2017")
WEEKS = [("Tuần I ( Từ ngày 31/10- 4/11/2016)", "Nguyễn Thị Giáp", "2016-10-31"),
         ("Tuần II ( Từ ngày 7/10- 11/11/2016)", "Nguyễn Thị Nhung", "2016-11-07"),
         ("Tuần III ( Từ ngày 14/11-18/11/2016)", "Nguyễn Thị Giáp", "2016-11-14"),
         ("Tuần IV ( Từ ngày 21/11-25/11/2016)", "Nguyễn Thị Nhung", "2016-11-21"),
         ("Tuần V ( Từ ngày 28/11-2/12/2016)", "Nguyễn Thị Giáp", "2016-11-28")]
MONDAY = ["Khám phá Công nhân xây dựng", "Khám phá Cô giáo của em",
          "Khám phá Mừng ngày Nhà giáo VN 20/11", "Khám phá Bác sĩ", "Khám phá Dịch vụ"]
for (_, teacher, day), lesson in zip(WEEKS, MONDAY):
    P._add_event(lesson, ev(day, people=[teacher]))
DON_TRE = ["* Cô đón trẻ:",
           "- Cô nhắc trẻ chào hỏi lễ phép : Cô giáo,  ông /bà /bố/ mẹ",
           "- Nhắc trẻ cất đồ dùng cá nhân đúng nơi quy định, cất  ba lô, cất dép ,  lấy và cất ghế đúng chỗ…..",
           "- Trò chuyện với trẻ về ngày nghỉ cuối tuần",
           "- Cho trẻ xem tranh ảnh, video và trò chuyện cùng trẻ về các nghề mà bé biết, bố mẹ con làm nghề gì?  Công nhân xây dựng, cô giáo của em,  Mừng ngày nhà giáo Việt Nam, nghề dịch vụ."]
THE_DUC = ["* Tập thể dục theo nhạc chung của trường:",
           "- Cho trẻ đi vòng tròn kết hợp các kiểu chân",
           "- Cho trẻ tập các ĐT (thứ 2,4,6)",
           "- Tập TD theo nhạc (thứ 3,5): Đoàn tàu nhỏ xíu .",
           "+ Hô hấp: Tiếng còi tàu",
           "+ Tay: Đưa tay ra trước , gập khuỷu tay",
           "+ Chân: . Đứng, nhún chân, khuỵu gối",
           "+ Bụng: Đứng cúi người về phía trước",
           "+ Bật: Bật chụm tách"]

d = docx.Document()
cp = d.core_properties
cp.created = cp.modified = datetime.datetime(2024, 9, 1)
cp.last_modified_by = cp.author = "plancal corpus"
for line in ["KẾ HOẠCH HOẠT ĐỘNG THÁNG 11 KHỐI CHỒI"]:
    p = d.add_paragraph()
    p.add_run(line).bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = d.add_table(rows=5, cols=8)
t.style = "Table Grid"
h0, h1, don, td, hoc = t.rows
_fill_cell(h0.cells[0].merge(h1.cells[1]), "Hoạt động", bold=True)
_fill_cell(h0.cells[2].merge(h0.cells[6]), "Thời gian", bold=True)
_fill_cell(h0.cells[7].merge(h1.cells[7]), "Chỉ số đánh giá", bold=True)
for i, (head, teacher, _) in enumerate(WEEKS):
    _fill_cell(h1.cells[2 + i], [head, "Giáo viên", teacher], bold=True)
_fill_cell(don.cells[0].merge(don.cells[1]), "Đón trẻ", bold=True)
_fill_cell(don.cells[2].merge(don.cells[6]), DON_TRE)
_fill_cell(td.cells[0].merge(td.cells[1]), "Thể dục sáng", bold=True)
_fill_cell(td.cells[2].merge(td.cells[6]), THE_DUC)
_fill_cell(hoc.cells[0], "Hoạt động học", bold=True)
_fill_cell(hoc.cells[1], "Thứ 2")
for i, lesson in enumerate(MONDAY):
    _fill_cell(hoc.cells[2 + i], lesson)
path = os.path.join(OUT, P.name + ".docx")
d.save(path)
_normalise_zip(path)
P.write_expected()
