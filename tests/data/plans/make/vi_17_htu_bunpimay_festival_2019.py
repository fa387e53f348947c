"""Trường Đại học Hà Tĩnh: plan for the Lao New Year (Bunpimay) concert and wrist-tying rite,
April 2019. One event described the way Vietnamese one-event plans are: purpose paragraphs,
then "II. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN" with "1. Thời gian: 16h00’ ngày 10 tháng 4 năm
2019.", "2. Địa điểm: …", "3. Thành phần: …". The page gives no official header."""
from vi_corpus import Plan, ev

P = Plan("vi-17-htu-bunpimay-festival-2019",
         source="http://sta.htu.edu.vn/tin-tuc-su-kien/ke-hoach-to-chuc-lien-hoan-van-nghe-chao-mung-tet-bunpimay-lao-nam-2019.html",
         kind="event-plan", academic_year="2018-2019", batch="2026-12-07-vi-1")
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Tổ chức Liên hoan văn nghệ và Lễ buộc chỉ cổ tay chào mừng Tết cổ truyền Bunpimay\vnước "
       "CHDCND Lào năm 2019", bold=True, center=True)
P.para("Thiết thực chào mừng Tết cổ truyền Bunpimay nước Cộng hòa Dân chủ Nhân dân Lào năm 2019, "
       "Trường Đại học Hà Tĩnh tổ chức Liên hoan văn nghệ và Lễ buộc chỉ cổ tay, cụ thể như sau:")
P.para("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
P.para("1. Mục đích", bold=True)
P.para("- Nhằm động viên tinh thần cho toàn thể Lưu học sinh Lào, đồng thời tăng cường giao lưu, "
       "thắt chặt tình đoàn kết, hữu nghị giữa Lưu học sinh Lào và sinh viên Việt Nam đang học tập "
       "tại trường;")
P.para("- Tạo sân chơi lành mạnh, tăng cường các hoạt động giao lưu, vun đắp thêm tình đoàn kết, "
       "hữu nghị đặc biệt giữa hai nước Việt Nam và CHDCND Lào.")
P.para("2. Yêu cầu", bold=True)
P.para("Việc tổ chức phải diễn ra đúng phong tục, tập quán của người Lào với phương châm vui tươi, "
       "tiết kiệm, lành mạnh, đúng quy định của Nhà nước và của Nhà trường.")
P.para("II. THỜI GIAN, ĐỊA ĐIỂM VÀ THÀNH PHẦN", bold=True)
P.para("1. Thời gian: 16h00’ ngày 10 tháng 4 năm 2019.")
P.para("2. Địa điểm: Vòng xuyến trục đường chính khu nội trú - Cơ sở Cẩm Vịnh.")
P.para("3. Thành phần: Khách mời, Ban Giám hiệu, đại diện lãnh đạo các đơn vị trực thuộc, BTV "
       "Đoàn trường, BTK Hội Sinh viên, toàn thể Lưu học sinh Lào, đại diện sinh viên Việt Nam và "
       "các CLB - Đội - Nhóm.")
P._add_event("Liên hoan văn nghệ", ev("2019-04-10", location="Vòng xuyến trục đường chính khu nội trú"))
P.save_docx()
