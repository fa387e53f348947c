"""A kindergarten class's plan of festivals and holidays for 2021-2022 (an excerpt of its
education plan, "KẾ HOẠCH THỰC HIỆN NGÀY HỘI, NGÀY LỄ"), as a spreadsheet: "TT | Tên ngày hội
ngày lễ | Dự kiến thời gian thực hiện | Dự kiến các hoạt động", every cell led by a dash. The
Mid-Autumn row is dated by the lunar calendar ("ngày 15/8/2021 Âm lịch", 21 September 2021),
the Tết row only by the theme ("vào chủ đề tết nguyên đán": unknown), another by a week of a
month ("tuần 1 tháng 5"). The stored copy ends inside row 11 (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-27-kindergarten-festivals-table-2021",
         source="https://123docz.net/trich-doan/2726368-ke-hoach-thuc-hien-ngay-hoi-ngay-le-va-to-chuc-hoi-thi-1-ke-hoach-thuc-hien-ngay-hoi-ngay-le.htm",
         kind="kindergarten-plan", academic_year="2021-2022", batch="2026-12-07-vi-2")
P.para("KẾ HOẠCH THỰC HIỆN NGÀY HỘI, NGÀY LỄ VÀ TỔ CHỨC HỘI THI")
P.para("1. Kế hoạch thực hiện ngày hội, ngày lễ")
P.table(["TT", "Tên ngày hội ngày lễ", "Dự kiến thời gian thực hiện", "Dự kiến các hoạt động"])
rows = [
    ("1", "Ngày hội đến trường của bé", "Dự kiến tổ chức vào ngày 05/09/2021",
     "Tổ chức khai giảng tại lớp", ev("2021-09-05")),
    ("2", "Tết trung thu", "Dự kiến tổ chức vào ngày 15/8/2021 Âm lịch",
     "Tổ chức cho trẻ vui rước đèn, văn nghệ phá cỗ tại lớp", ev("2021-09-21")),
    ("3", "Kỉ niệm ngày phụ nữ Việt Nam 20/10", "Dự kiến tổ chức vào ngày 20/10 tại lớp",
     "Cho trẻ múa hát chào mừng, làm quà, làm thiệp tặng bà, tặng mẹ.", ev("2021-10-20")),
    ("4", "Ngày nhà giáo việt nam 20/11", "Dự kiến tổ chức vào ngày 19/11 tại lớp",
     "Cho trẻ múa hát chào mừng, làm quà, làm thiệp tặng cô giáo.", ev("2021-11-19")),
    ("5", "Ngày Quân đội nhân dân Việt Nam", "Dự kiến tổ chức vào ngày 22/12 tại lớp",
     "Tổ chức múa hát, kể chuyện, đọc thơ tại lớp.", ev("2021-12-22")),
    ("6", "Tết nguyên đán", "Dự kiến tổ chức vào chủ đề tết nguyên đán",
     "Làm bưu thiếp chúc mừng năm mới", ev(None)),
    ("7", "Hội xuân của bé", "Dự kiến tổ chức vào tháng 2.",
     "Tổ chức thi các trò chơi dân gian..", ev("2022-02-01", "2022-02-28")),
    ("8", "Ngày 8/3", "Dự kiến tổ chức vào ngày 6 / 3",
     "Cho trẻ múa hát chào mừng, làm quà, làm thiệp tặng bà, tặng mẹ, cơ giáo.", ev("2022-03-06")),
    ("9", "Ngày giải phóng miền nam 30/4\n- Ngày quốc tế lao động 1/5",
     "Dự kiến tổ chức vào tuần 1 tháng 5",
     "Cho trẻ xem ảnh tư liệu về ngày 30/4; 1/5, trò chuyện cùng trẻ về hai ngày đó.",
     ev("2022-05-01", "2022-05-07", precision="week")),
    ("10", "Kỉ niệm ngày sinh nhật Bác Hồ.", "Dự kiến tổ chức vào ngày 19/5",
     "Đọc thơ múa hát kể chuyện vể Bác Hồ.", ev("2022-05-19")),
]
for n, name, when, what, e in rows:
    P._rows.append(("row", [n, "- " + name, "- " + when, "- " + what]))
    P._add_event(name.split("\n")[0], e)
P.save_xlsx()
