"""A Vietnamese upper-secondary school's weekly work schedule ("LỊCH CÔNG TÁC TUẦN 12 (Từ
ngày 30/10 đến 04/11)"), kept as an HTML page in a public repository: the table "THỨ | SÁNG
| CHIỀU" has a row per weekday with its day ("HAI" / "30/10"), and each half-day cell lists
several separate items as bullets, most led by the lesson period ("Tiết 1: SHTT tại sân
trường …", "Tiết 4 + 5: Họp HĐGD, sau đó Họp Chi Bộ."). Saturday's two cells are merged
into one "NGHỈ" (no work that Saturday: a closure, listed like the diaries' closed days). No year is written (read in 2026-2027, see
README-ru.md). Written with python-docx directly (the shared helper has no partial merges)."""
import datetime
import os

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from vi_corpus import OUT, Plan, ev, _fill_cell, _normalise_zip

P = Plan("vi-10-thpt-weekly-schedule-week12",
         source="github:ps08223/sieuthi build/web/congTac.jsp (a school's \"LỊCH CÔNG TÁC TUẦN 12\" kept as an HTML page)",
         kind="week-plan", academic_year="2026-2027")

DAYS = [
    ("HAI\v30/10", "2026-10-30",
     ["Tiết 1: SHTT tại sân trường HĐGDNGLL tháng 10 (12A3,4).",
      "Giáo viên môn Toán, Văn, Anh nhận KTCL giữa kỳ I, trả bài cho học sinh.",
      "Tiết 4: Đ/c Thư dạy 12A1 (Thi GVG)."],
     ["Tiết 2: Đ/c Minh (H) dạy 10A2 (thi GVG).",
      "Tiết 5: SHTT tại sân trường - HĐGDNGLL tháng 10 (11A3,4)."]),
    ("BA\v31/10", "2026-10-31",
     ["GVCN hoàn thành kiểm điểm tháng 8, 9, 10. GVBN nhập điểm nửa đầu HKI trên SĐĐT, gửi kết quả cho GVCN."],
     ["Tiết 4: Đ/c Nghĩa dạy lớp 10A3 (thi GVG)."]),
    ("TƯ\v01/11", "2026-11-01",
     ["Thanh tra thông báo kế hoạch kiểm tra hồ sơ lần 1.",
      "Tiết 5: Thanh tra HĐSP đ/c Trang - Lớp 11A5."],
     []),
    ("NĂM\v02/11", "2026-11-02",
     ["Tiết 5: Thanh tra HĐSP đ/c Hiền - Lớp 12A9."],
     ["Tiết 3: Thanh tra HĐSP đ/c Hoàn - Lớp 10A4."]),
    ("SÁU\v03/11", "2026-11-03",
     ["Tiết 2: Đ/c Hồng (V) dạy 12A9 (TG).",
      "Tiết 3: Họp tổ, nhóm trưởng CM.",
      "Tiết 4 + 5: Họp HĐGD, sau đó Họp Chi Bộ."],
     ["Tiết 3: Thanh tra HĐSP đ/c Hiền - Lớp 11A3.",
      "Tiết 4: Thanh tra HĐSP đ/c Hoa - Lớp 10A4.",
      "Tiết 5: Họp tổ CM (học sinh nghỉ học tiết 5)."]),
]


def title_of(item):
    """The item without its lesson period ("Tiết 4 + 5: "), as the expected title prefix."""
    head, sep, rest = item.partition(": ")
    return rest if sep and head.startswith("Tiết") else item


d = docx.Document()
cp = d.core_properties
cp.created = cp.modified = datetime.datetime(2024, 9, 1)
cp.last_modified_by = cp.author = "plancal corpus"
p = d.add_paragraph()
p.add_run("LỊCH CÔNG TÁC TUẦN 12").bold = True
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p = d.add_paragraph()
p.add_run("(Từ ngày 30/10 đến 04/11)").bold = True
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
t = d.add_table(rows=0, cols=3)
t.style = "Table Grid"
r = t.add_row()
for c, v in zip(r.cells, ["THỨ", "SÁNG", "CHIỀU"]):
    _fill_cell(c, v, bold=True)
for day, iso, morning, afternoon in DAYS:
    r = t.add_row()
    _fill_cell(r.cells[0], day, bold=True)
    for c, items in zip(r.cells[1:], (morning, afternoon)):
        if items:
            _fill_cell(c, ["* " + i for i in items])
    for i in morning + afternoon:
        P._add_event(title_of(i), ev(iso))
r = t.add_row()
_fill_cell(r.cells[0], "BẢY\v04/11", bold=True)
_fill_cell(r.cells[1].merge(r.cells[2]), "NGHỈ", bold=True)
P._add_event("NGHỈ", ev("2026-11-04"))
path = os.path.join(OUT, P.name + ".docx")
d.save(path)
_normalise_zip(path)
P.write_expected()
