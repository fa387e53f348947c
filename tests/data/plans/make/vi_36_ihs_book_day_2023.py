"""A college's notice on the second Vietnam Book and Reading Culture Day, 2023 (site ihs.edu.vn;
school year 2022-2023): a title line and one paragraph that names the span twice, inside a
sentence ("… từ ngày 19 tháng 4 năm 2023 đến ngày 23 tháng 04 năm 2023, với thông điệp: …")
and after a "Thời gian:" label with the year only at its end ("Thời gian: từ ngày 19 tháng 4
đến ngày 23 tháng 4 năm 2023."). One event: the chain of Book Day activities."""
from vi_corpus import Plan, ev

P = Plan("vi-36-ihs-book-day-2023",
         source="https://ihs.edu.vn/ve-trien-khai-huong-ung-ngay-sach-van-hoa-doc-viet-nam-lan-thu-ii-nam-2023/",
         kind="library-plan", academic_year="2022-2023", batch="2026-12-07-vi-4")
P.para("Về triển khai hưởng ứng Ngày Sách Văn hóa đọc Việt Nam lần thứ II – năm 2023", bold=True)
P.item("Các đơn vị triển khai các hoạt động của Ngày Sách và Văn hóa đọc Việt Nam tập trung tổ chức các "
       "chuỗi hoạt động Ngày Sách và Văn hóa đọc Việt Nam từ ngày 19 tháng 4 năm 2023 đến ngày 23 tháng "
       "04 năm 2023, với thông điệp: “Sách: Nhận thức – Đổi mới – Sáng tạo”; “Sách cho tôi, cho bạn”. "
       "Thời gian: từ ngày 19 tháng 4 đến ngày 23 tháng 4 năm 2023.",
       ev("2023-04-19", "2023-04-23", title="Ngày Sách"))
P.save_docx()
