"""Trường THCS Phú Lãm (Hà Đông, Hà Nội): plan of the "Bánh chưng yêu thương" day and spring fair,
2024 (school year 2023-2024). Official header; the one event's time and place are numbered
lines under "II. THỜI GIAN VÀ ĐỊA ĐIỂM" ("1. Thời gian: Từ 14h00 đến 17h00, ngày 01/02/2024 tức
ngày 22 tháng Chạp năm Giáp Thìn." — clock times before the date and a lunar gloss after it,
whose year is misnamed: not a date to read). The stored copy ends in the header row of the
programme table under "IV. NỘI DUNG CHƯƠNG TRÌNH" (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-40-phulam-lunar-new-year-fair-2024",
         source="https://thcsphulam.edu.vn/Hoat-dong-doan-the/ngay-hoi-banh-chung-xanh-2024-344.html",
         kind="event-plan", academic_year="2023-2024", batch="2026-12-07-vi-5")
P.header(["UBND QUẬN HÀ ĐÔNG", "TRƯỜNG THCS PHÚ LÃM", "Số: 17/KH-THCSPL"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Hà Đông, ngày 18 tháng 01 năm 2024"])
for text in ["KẾ HOẠCH", "TỔ CHỨC NGÀY HỘI BÁNH CHƯNG YÊU THƯƠNG", "VÀ HỘI CHỢ XUÂN 2024",
             "Chủ đề: “Xuân Yêu thương”"]:
    P.para(text, bold=True, center=True)
for line in [
    "Thực hiện Kế hoạch năm học 2023-2024 của Phòng GDĐT quận Hà Đông;",
    "Thực hiện Kế hoạch năm học của trường THCS Phú Lãm; Kế hoạch hoạt động của Hội cha mẹ học sinh "
    "nhà trường;",
    "Trường THCS Phú Lãm xây dựng kế hoạch tổ ngày hội “Bánh chưng yêu thương và hội chợ Xuân” năm "
    "học 2023-2024 như sau:",
    "I. MỤC ĐÍCH – YÊU CẦU",
    "- Tạo không gian mang đậm sắc Xuân để học sinh vui chơi, giải trí sau thời gian học tập.",
    "- Học sinh tìm hiểu về văn hóa ẩm thực của Việt Nam.",
    "- Học sinh giao lưu, học tập nâng cao trình độ kiến thức, trau dồi các kỹ năng sống, kỹ năng "
    "thực hành giao tiếp, có cơ hội thể hiện năng khiếu văn nghệ, thông qua các hội thi; các trò "
    "chơi dân gian, trang trí gian hàng …",
    "- Thông qua hoạt động lễ hội nhằm gây quỹ để trao quà Tết cho học sinh trong trường có hoàn "
    "cảnh khó khăn.",
    "- Giáo dục tinh thần đoàn kết, sự yêu thương, chia sẻ,…",
    "- Giáo dục ý thức tự giác giữ vệ sinh chung, bảo vệ của công, biết chào hỏi người lớn, lịch sự "
    "trong giao tiếp với bạn bè.",
    "II. THỜI GIAN VÀ ĐỊA ĐIỂM",
]:
    P.para(line)
P.item("1. Thời gian: Từ 14h00 đến 17h00, ngày 01/02/2024 tức ngày 22 tháng Chạp năm Giáp Thìn.",
       ev("2024-02-01", title="Ngày hội bánh chưng yêu thương", location="Trường THCS Phú Lãm"))
for line in [
    "2. Địa điểm: Trường THCS Phú Lãm.",
    "III. THÀNH PHẦN",
    "Cán bộ, giáo viên, nhân viên và học sinh toàn trường.",
    "(Lưu ý: các đồng chí CB, GV, NV có mặt đầy đủ)",
    "IV. NỘI DUNG CHƯƠNG TRÌNH",
]:
    P.para(line)
P.save_docx()
