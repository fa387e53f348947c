"""Trường Mầm non Hòa Long (Bà Rịa): the town education office's school-year timetable for
kindergartens, 2020-2021, as the school's "Lịch công tác" page shows it, saved from Word as text
(a table row per line, cells separated by tabs). A heading names the office and the year; under
"HỌC KỲ I" a week grid: a month row (five merged month cells, "Tháng 9/2020" …), a week row
("Tựu trường", "Tuần\\n1(vào chương trình)", "Tuần 2" … "Tuần 18") and one row per weekday
("Thứ Hai", "Thứ Ba" …) whose cells are the days of each week, a month named only where it
changes ("1/9", "1/10", "1/12", "1/01"). Under the grid two lines give the facts: "01/9/2020
Tựu trường ; 07/9/2020 Thực học ; 5/9/2019 Khai giảng" (three events on one line, the opening
ceremony misprinted 2019 — the evident 2020) and "Học kỳ I có 18 tuần thực học từ ngày
07/9/2020 đến ngày 08/01/2021"; a note ends "Nghỉ sơ kết học kỳ I thông báo sau" (a break whose
date is to be announced: an honest unknown). The stored copy ends inside the second term's grid
(left out from "HỌC KỲ II")."""
from vi_corpus import Plan, ev

P = Plan("vi-48-hoalong-kindergarten-year-calendar-2020-2021",
         source="http://mamnon-hoalong-baria.bariavungtau.edu.vn/MNHoaLong/261/4510/9578/Lich-cong-tac/",
         kind="school-calendar", academic_year="2020-2021", batch="2026-12-07-vi-6")
P.para("Lịch công tác")
P.para("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
P.para("THÀNH PHỐ BÀ RỊA")
P.para("THỰC HIỆN THỜI GIAN NĂM HỌC 2020-2021 CẤP MẦM NON")
P.para("(Căn cứ  quyết định số     /QĐ-UBND ngày      / 8  /2020 của UBND tỉnh BRVT về Khung kế hoạch "
       "thời gian năm học 2020-2021)")
P.para("HỌC KỲ I")
P.table(None, title_col=0)
P._rows.append(("row", ["", "Tháng 9/2020", "Tháng 10/2020", "Tháng 11/2020", "Tháng 12/2020",
                        "Tháng 01/2021"]))
P._rows.append(("row", ["", "Tựu trường", "Tuần\v1(vào chương trình)"]
                + ["Tuần\v%d" % n for n in range(2, 19)]))
GRID = [
    ("Thứ Hai", "", "7 14 21 28 5 12 19 26 2 9 16 23 30 7 14 21 28 4"),
    ("Thứ Ba", "1/9", "8 15 22 29 6 13 20 27 3 10 17 24 1/12 8 15 22 29 5"),
    ("Thứ Tư", "2", "9 16 23 30 7 14 21 28 4 11 18 25 2 9 16 23 30 6"),
    ("Thứ Năm", "3", "10 17 24 1/10 8 15 22 29 5 12 19 26 3 10 17 24 31 7"),
    ("Thứ Sáu", "4", "11 18 25 2 9 16 23 30 6 13 20 27 4 11 18 25 1/01 8"),
    ("Thứ Bảy", "5", "12 19 26 3 10 17 24 31 7 14 21 28 5 12 19 26 2 9"),
    ("Chủ Nhật", "6", "13 20 27 4 11 18 25 1/11 8 15 22 29 6 13 20 27 3 10"),
]
for day, first, rest in GRID:
    cells = [day, first] + rest.split()
    assert len(cells) == 20, (day, len(cells))
    P._rows.append(("row", cells))
P.item("01/9/2020 Tựu trường ; 07/9/2020 Thực học ; 5/9/2019 Khai giảng",
       ev("2020-09-01", title="Tựu trường"),
       ev("2020-09-07", title="Thực học"),
       ev("2020-09-05", title="Khai giảng"))
P.item("Học kỳ I có 18 tuần thực học từ ngày 07/9/2020 đến ngày 08/01/2021",
       ev("2020-09-07", "2021-01-08", title="Học kỳ I"))
P.item("(Năm nay không có tuần ổn định nề nếp và giành cho các hoạt động khác như mọi năm ).  Nghỉ sơ "
       "kết học kỳ I thông báo sau",
       ev(None, title="Nghỉ sơ kết học kỳ I"))
P.save_txt()
