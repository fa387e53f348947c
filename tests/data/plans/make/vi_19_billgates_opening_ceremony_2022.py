"""Hệ thống Giáo dục Bill Gates (Hoàng Mai, Hà Nội): plan of the 2022-2023 opening ceremony.
Two dated lines ("Thời gian tổng duyệt: 8h00 – 9h00 thứ 4,5 (31/8,1/9/2022)." and "Thời gian
tổ chức: 7h30 – 9h00, Thứ 2, ngày 05 tháng 9 năm 2022.") and the ceremony's running order as a
table "Thời gian | Nội dung | Thực hiện" whose one time (7h15–9h00) stands in the first row and
whose further rows leave the time cell empty: the ceremony's agenda, not events of their own.
The stored copy ends inside the eighth row (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-19-billgates-opening-ceremony-2022",
         source="https://billgatesschool.edu.vn/tin-tuc/su-kien-bill-gates-schools/le-khai-giang-nam-hoc-2022-2023.html",
         kind="event-plan", academic_year="2022-2023", batch="2026-12-07-vi-1")
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("TỔ CHỨC LỄ KHAI GIẢNG NĂM HỌC 2022 – 2023", bold=True, center=True)
P.para("Căn cứ hướng dẫn chỉ đạo của Sở GD&ĐT Hà Nội, Phòng GD & ĐT Quận Hoàng Mai về việc tổ "
       "chức Lễ Khai giảng năm học 2022 – 2023;")
P.para("Ban Tổ chức xây dựng kế hoạch tổ chức Lễ Khai giảng năm học 2022 – 2023 của HTGD Bill "
       "Gates như sau:")
P.para("Thời gian:", bold=True)
P.item("- Thời gian tổng duyệt: 8h00 – 9h00 thứ 4,5 (31/8,1/9/2022).",
       ev("2022-08-31", "2022-09-01", title="tổng duyệt"))
P.item("- Thời gian tổ chức: 7h30 – 9h00, Thứ 2, ngày 05 tháng 9 năm 2022.",
       ev("2022-09-05", title="Lễ Khai giảng", location="Sân trung tâm"))
P.para("Địa điểm: Sân trung tâm – Hệ thống Giáo dục Bill Gates.")
P.para("Thành phần tham dự:", bold=True)
P.para("Nhà trường: Hội đồng GD, toàn thể CBGV,NV, học sinh toàn trường.")
P.para("Khách mời: - Lãnh đạo, chuyên viên Sở GD&ĐT Hà Nội, Phòng GD&ĐT quận Hoàng Mai.")
P.para("- Đảng ủy, HĐND, UBND phường Đại Kim. Các đối tác của trường.")
P.para("- Đại diện các bậc CMHS các lớp đầu cấp.")
P.para("Ban tổ chức Lễ Khai giảng: BGH các trường, TPT, các trưởng bộ phận trong Hệ thống.")
P.para("Trang phục: CB – GV – CNV mặc lễ phục, học sinh mặc đồng phục trắng.")
P.para("Nội dung chương trình:", bold=True)
P.table(["Thời gian", "Nội dung", "Thực hiện"])
P.row(["7h15– 9h00",
       ["- Ổn định tổ chức Toàn bộ HS cầm cờ Tổ quốc hoặc hoa loại nhỏ.",
        "- Đón đại biểu ra khu vực bàn Đại biểu(Nhạc nền các bài hát truyền thống về BGS và các "
        "bài hát về ngày Khai trường)."],
       "MC + Đội trống"])
for what, who in [("2 tiết mục văn nghệ chào mừng.", "Cô Yến"),
                  ("Nghi lễ chào cờ: Quốc ca, Đoàn ca, Đội ca.", "MC"),
                  ("Tuyên bố lí do, giới thiệu đại biểu.", "MC"),
                  ("Đọc thư Chủ tịch nước.", "Hiệu trưởng MN"),
                  ("Diễn văn khai giảng + Phát động thi đua chào mừng năm học mới.", "Cô Hiền HTTH"),
                  ("Hồi trống khai trường.", "Thầy Dũng HTTRH")]:
    P.row(["", what, who])
P.save_docx()
