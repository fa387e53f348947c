"""Trường Đại học Công nghệ Giao thông vận tải: plan of its 2023-2024 opening ceremony, held
the same day at two campuses at different hours ("CSĐT Hà Nội: 9h00 sáng thứ Ba, ngày
26/9/2023." / "CSĐT Vĩnh Phúc: 14h00 chiều thứ Ba, ngày 26/9/2023") as bullets under
"- Thời gian:"; the running order ("4. Chương trình Lễ khai giảng") is bullets of the
ceremony, not events of their own. The stored copy ends inside the running order."""
from vi_corpus import Plan, ev

P = Plan("vi-18-utt-opening-ceremony-2023",
         source="https://www.utt.edu.vn/utt/thong-bao/ke-hoach-to-chuc-le-khai-giang-nam-hoc-2023-2024-a15197.html",
         kind="event-plan", academic_year="2023-2024", batch="2026-12-07-vi-1")
P.para("Kế hoạch tổ chức Lễ khai giảng năm học 2023 - 2024", bold=True, center=True)
P.para("Thực hiện chương trình công tác năm học 2023 – 2024, Nhà trường xây dựng kế hoạch tổ chức "
       "Lễ Khai giảng năm học 2023 – 2024, nội dung cụ thể như sau:")
P.para("1. Mục đích, yêu cầu", bold=True)
P.para("Tạo không khí vui tươi, phấn khởi; động viên đội ngũ giảng viên, sinh viên toàn Trường "
       "sẵn sàng bước vào năm học mới với tâm thế mới, quyết tâm cao hoàn thành xuất sắc nhiệm vụ "
       "năm học 2023 – 2024;", style="List Bullet")
P.para("Tổ chức buổi Lễ ngắn gọn, trang trọng, vui tươi, đoàn kết, phấn khởi, an toàn hiệu quả, "
       "tiết kiệm.", style="List Bullet")
P.para("2. Thời gian, địa điểm tổ chức", bold=True)
P.para("- Thời gian:")
P.item("CSĐT Hà Nội: 9h00 sáng thứ Ba, ngày 26/9/2023.",
       ev("2023-09-26", title="Lễ khai giảng", location="Hội trường lớn"), style="List Bullet")
P.item("CSĐT Vĩnh Phúc: 14h00 chiều thứ Ba, ngày 26/9/2023",
       ev("2023-09-26", title="Lễ khai giảng", location="Hội trường lớn"), style="List Bullet")
P.para("- Địa điểm: Hội trường lớn các CSĐT.")
P.para("3. Thành phần tham dự", bold=True)
P.para("- Tập thể lãnh đạo Trường; Chủ tịch Công đoàn, Bí thư Đoàn thanh niên, Chủ tịch Hội sinh "
       "viên Trường; trưởng, phó các Khoa, Viện, Trung tâm, bộ môn; cán sự quản sinh và các giảng "
       "viên không có giờ lên lớp trùng với Lễ khai giảng.")
P.para("- Sinh viên:")
P.para("+ CSĐT Hà Nội: Lớp trưởng các lớp khóa 71, 72, 73, 74 và sinh viên đạt học bổng thủ khoa, "
       "học bổng khuyến học của Nhà trường.")
P.para("+ CSĐT Vĩnh Phúc: Sinh viên đang học quân sự và đang học tập tại CSĐT Vĩnh Phúc.")
P.para("4. Chương trình Lễ khai giảng", bold=True)
for line in ["Văn nghệ chào mừng.", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu.",
             "Đọc thư của Chủ tịch nước.",
             "Hiệu trưởng Nhà trường phát biểu và đánh trống khai giảng năm học mới.",
             "Trao học bổng thủ khoa đầu vào và học bổng khuyến học cho sinh viên."]:
    P.para(line, style="List Bullet")
P.save_docx()
