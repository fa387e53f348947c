"""Kon Tum province: the activities of its 2nd Book and Reading Culture Day, April 2023, as a
provincial economic-zone site republished them (a news page, no official header). Two lead
paragraphs (the decisions it carries out, with their own dates: "ngày 04 tháng 11 năm 2021",
"ngày 01/02/2023", "ngày 02/03/2023" — no events), then numbered activities, each a heading over
dash label lines: "- Nội dung: …", "- Thời gian khai mạc: 01 buổi, Bắt đầu lúc 08 giờ 00 phút,
ngày 17/4/2023 (thứ Hai)." (a count of sessions and a clock time before the day) and "- Địa
điểm: …" with a full address. The stored copy ends inside the second activity's "Nội dung"
line, before its time (left out, with its heading)."""
from vi_corpus import Plan, ev

P = Plan("vi-45-kontum-book-day-opening-2023",
         source="http://kkt-kontum.com/nhieu-hoat-dong-dien-ra-trong-ngay-sach-va-van-hoa-doc-tinh-kon-tum-lan-thu-2-nam-2023.p-3005.html",
         kind="event-plan", batch="2026-12-07-vi-6")
P.para("Nhiều hoạt động diễn ra trong Ngày sách và Văn hóa đọc tỉnh Kon Tum lần thứ 2 năm 2023", bold=True)
P.para("Triển khai Quyết định số 1862/QĐ-TTg ngày 04 tháng 11 năm 2021 của Thủ tướng Chính phủ về tổ "
       "chức Ngày sách và Văn hóa đọc Việt Nam; Kế hoạch số 339/KH- BTTTT ngày 01/02/2023 của Bộ Thông "
       "tin và Truyền thông về tổ chức Ngày sách và Văn hóa đọc Việt Nam lần thứ 2 năm 2023 trên toàn "
       "quốc; Văn bản số 520/UBND-KGVX ngày 02/03/2023 của Uỷ ban nhân dân tỉnh về triển khai thực "
       "hiện Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2 năm 2023 trên địa bàn tỉnh.")
P.para("          Ngày Sách và Văn hóa đọc Việt Nam lần thứ 2 năm 2023 trên địa bàn tỉnh diễn ra nhiều "
       "hoạt động như:")
P.item("          1. Khai mạc Ngày sách và Văn hóa đọc Việt Nam tỉnh Kon Tum lần thứ 2 năm 2023 với chủ "
       "đề:  “Sách: Nhận thức- Đổi mới- Sáng tạo”; “Sách cho tôi, cho bạn”.",
       ev("2023-04-17", title="Khai mạc Ngày sách và Văn hóa đọc Việt Nam tỉnh Kon Tum",
          location="Nhà Văn hóa- Thể thao huyện Ngọc Hồi"))
P.para("          - Nội dung: Lễ Khai mạc Ngày sách và Văn hóa đọc Việt Nam tỉnh Kon Tum lần thứ 2 năm "
       "2023 gắn với Hội thi trưng bày không gian sách nghệ thuật.")
P.para("          - Thời gian khai mạc: 01 buổi, Bắt đầu lúc 08 giờ 00 phút, ngày 17/4/2023 (thứ Hai).")
P.para("          - Địa điểm: Nhà Văn hóa- Thể thao huyện Ngọc Hồi, 45 đường Hai Bà Trưng, thị trấn Plei "
       "Kần, huyện Ngọc Hồi.")
P.save_docx()
