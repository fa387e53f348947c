"""Mầm non Bé Ngôi Sao: the activity plan of the 5-year-olds' class (lớp Lá) for the week
16-20 May 2022 ("KẾ HOẠCH HOẠT ĐỘNG THÁNG 5 LỚP LÁ (TỪ 16/05/2022 - 20/05/2022)"), a
kindergarten week grid: the weekdays are the columns ("Hoạt Động | THỨ 2 | … | THỨ 6 | HĐ
khác | GHI CHÚ") and the activities the rows, so a cell's day is its column's weekday in the
week of the title. The "GIỜ HỌC" (lesson) row holds one lesson a day; the "MỤC TIÊU" row
under it states the week's aims in one cell across the days (not events). The stored copy
of the page flattens the rows after these two beyond reading (the play and extra-class rows
spread over more cells than the header names), so only the header and these two rows are
kept. Excel."""
import datetime
import os

import openpyxl
from openpyxl.styles import Alignment, Font

from vi_corpus import OUT, Plan, ev, _normalise_zip

P = Plan("vi-12-bengoisao-kindergarten-week-may-2022",
         source="https://bengoisao.vn/chuong-trinh-hoc/chuong-trinh-hoc-lop-la/chuong-trinh-hoc-lop-la-thang-52022-tu-1605-2005.html",
         kind="week-plan", academic_year="2021-2022")
LESSONS = ["Bé múa: “Nhớ ơn Bác”",
           "Bé nghe kể chuyện: “Ai ngoan sẽ được thưởng",
           "Bé dán trang trí khung ảnh Bác",
           "Bé mừng sinh nhật Bác",
           "Bé nhận biết quy tắc 5 ngón tay"]
for i, lesson in enumerate(LESSONS):
    P._add_event(lesson, ev(f"2022-05-{16 + i}"))
AIMS = "\n".join([
    "- Trẻ múa diễn cảm bài hát “Nhớ ơn Bác”.",
    "- Trẻ hiểu nội dung câu chuyện: “Ai ngoan sẽ được thưởng”.",
    "- Trẻ biết thực hiện dán theo quy tắc để trang trí khung ảnh của Bác.",
    "- Trẻ hào hứng tham gia và thể hiện tình cảm của mình khi múa hát, đọc thơ, trang trí, … để mừng sinh nhật Bác Hồ.",
    "- Trẻ biết 5 quy tắc ngón tay để bảo vệ bản thân."])

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.cell(row=1, column=1, value="KẾ HOẠCH HOẠT ĐỘNG THÁNG 5 LỚP LÁ").font = Font(bold=True)
ws.cell(row=2, column=1, value="(TỪ 16/05/2022 - 20/05/2022)").font = Font(bold=True)
ws.cell(row=3, column=1, value="CHỦ ĐỀ: MỪNG SINH NHẬT BÁC HỒ").font = Font(bold=True)
for i, h in enumerate(["Hoạt Động", "THỨ 2", "THỨ 3", "THỨ 4", "THỨ 5", "THỨ 6", "HĐ khác", "GHI CHÚ"]):
    ws.cell(row=4, column=i + 1, value=h).font = Font(bold=True)
ws.cell(row=5, column=1, value="GIỜ HỌC").font = Font(bold=True)
for i, lesson in enumerate(LESSONS):
    c = ws.cell(row=5, column=i + 2, value=lesson)
    c.alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(row=6, column=1, value="MỤC TIÊU").font = Font(bold=True)
c = ws.cell(row=6, column=2, value=AIMS)
c.alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells(start_row=6, start_column=2, end_row=6, end_column=6)
wb.properties.creator = "plancal corpus"
wb.properties.created = wb.properties.modified = datetime.datetime(2024, 9, 1)
path = os.path.join(OUT, P.name + ".xlsx")
wb.save(path)
_normalise_zip(path)
P.write_expected()
