"""Trường Tiểu học Lương Thế Vinh (Tân Bình, TP.HCM): plan of the extracurricular activities of
October 2017 (school year 2017-2018). Under "II. NỘI DUNG" the activities are numbered
headings with no date of their own ("1. Ngày hội Trăng rằm", "2. Hoạt động chào mừng Ngày Phụ
nữ Việt Nam 20/10", and a second "2." for Halloween), each with a dash line or a sentence
under it; the 20/10 in a title names the occasion, so each activity spans the plan's month,
October 2017. The organising committee (people with their posts) and the budget are no
events. The stored copy ends inside the first row of the timetable under "V. TIẾN ĐỘ THỰC
HIỆN"; that table (its header and a row cut mid-cell) is left out."""
from vi_corpus import Plan, ev

P = Plan("vi-33-luongthevinh-extracurricular-october-2017",
         source="https://thluongthevinh.hcm.edu.vn/tin-tuc-nha-truong/ke-hoach-to-chuc-hoat-dong-ngoai-khoa-thang-10-nam-hoc-2017-2018/ct/62489/226495",
         kind="month-plan", academic_year="2017-2018", batch="2026-12-07-vi-4")
P.header(["UBND QUẬN TÂN BÌNH", "TRƯỜNG TH LƯƠNG THẾ VINH", "Số: 56/KH-LTV"],
         ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Tân Bình, ngày 25 tháng 9 năm 2017"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Tổ chức hoạt động ngoại khóa tháng 10 năm học 2017 - 2018", bold=True, center=True)
for line in [
    "I. MỤC ĐÍCH - YÊU CẦU",
    "1. Tổ chức sân chơi cho học sinh bằng các hình thức sáng tạo, hấp dẫn mang tính chất ngày hội.",
    "2. Học sinh được vận động, vui chơi, liên hoan.",
    "3. Rèn kĩ năng sống, kĩ năng giao tiếp cho học sinh.",
    "II. NỘI DUNG",
]:
    P.para(line)
OCT = ("2017-10-01", "2017-10-31")
P.item("1. Ngày hội Trăng rằm", ev(*OCT), title="Ngày hội Trăng rằm")
P.para("- Học sinh xem hoạt cảnh; rước đèn; liên hoan")
P.item("2. Hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10", ev(*OCT),
       title="Hoạt động chào mừng Ngày Phụ nữ Việt Nam")
P.para("Học sinh thể hiện tình cảm của mình với người phụ nữ mà mình yêu quý qua tấm thiệp tự làm.")
P.item("2. Lễ hội Halloween", ev(*OCT), title="Lễ hội Halloween")
for line in [
    "- Thi trang phục phù hợp với lễ hội Halloween;",
    "- Chơi các trò chơi tập thể.",
    "III. BAN TỔ CHỨC.",
    "1. Bà Nguyễn Thị Thu Hương - Hiệu trưởng - Trưởng ban",
    "2. Bà Nguyễn Thị Nghiêm - Chủ Tịch công đoàn - Phó ban",
    "3. Bà Đào Thị Dĩ – Khối trưởng khối 1 - Ủy viên",
    "4. Bà Nguyễn Thị Thật – Khối trưởng khối 2, 3 - Ủy viên",
    "5. Bà Đinh Thị Thanh Nguyên– Khối trưởng khối 4, 5 - Ủy viên",
    "6. Bà Nguyễn Thị Minh Nhã - Tổng phụ trách đội - Ủy viên",
    "IV. KINH PHÍ",
    "Từ quỹ hoạt động và nguồn hỗ trợ của Chủ tịch hội đồng quản trị.",
    "1. Kinh phí khen thưởng hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "- 11 phần quà trị giá: 50.000đ/phần",
    "2. Kinh phí khen thưởng lễ hội Halloween",
    "- Trang phục phù hợp với lễ hội Halloween: 05 giải thưởng (100.000đ/giải thưởng)",
    "V. TIẾN ĐỘ THỰC HIỆN.",
    "- Từ ngày triển khai kế hoạch các lớp chuẩn bị.",
]:
    P.para(line)
P.save_docx()
