"""Trường Mầm non 8/3 (phường Bạch Mai, Hà Nội): the events category page with its latest post,
Word paragraphs as the page shows them — a widget's error line ("Missing Consumer Key - Check
Settings"), "Danh mục: SỰ KIỆN", the post's title twice ("KỶ NIỆM 80 NĂM TRUYỀN THỐNG NGÀNH GIÁO
DỤC VÀ NGÀY HỘI ĐẾN TRƯỜNG CỦA BÉ NĂM HỌC 2025-2026"), then "Sáng nay ngày 5 tháng 9 năm 2025, …
Trường Mầm non 8/3 – Phường Bạch Mai long trọng tổ chức Lễ Khai giảng năm học 2025 – 2026, … (1945 –
2025)" — a kindergarten whose name is a date (8 March, no event) and an anniversary bracket (no
span) — and the guests as dash lines, among them the ward police ("Các đồng chí đại diện Công an
Phường Bạch Mai." — a partner of the day)."""
from vi_corpus import Plan, ev

P = Plan("vi-69-mamnon83-opening-ceremony-2025", source="https://mamnon83.edu.vn/category/su-kien/",
         kind="event-plan", academic_year="2025-2026", batch="2026-12-07-vi-12")
for line in ["Missing Consumer Key - Check Settings", "Danh mục: SỰ KIỆN",
             "KỶ NIỆM 80 NĂM TRUYỀN THỐNG NGÀNH GIÁO DỤC VÀ NGÀY HỘI ĐẾN TRƯỜNG CỦA BÉ NĂM HỌC 2025-2026",
             "KỶ NIỆM 80 NĂM TRUYỀN THỐNG NGÀNH GIÁO DỤC VÀ NGÀY HỘI ĐẾN TRƯỜNG CỦA BÉ NĂM HỌC 2025-2026"]:
    P.para(line)
P.item("Sáng nay ngày 5 tháng 9 năm 2025, trong không khí hân hoan của ngày hội “Toàn dân đưa trẻ đến trường”, Trường "
       "Mầm non 8/3 – Phường Bạch Mai long trọng tổ chức Lễ Khai giảng năm học 2025 – 2026, hòa chung niềm vui kỷ niệm "
       "80 năm thành lập ngành Giáo dục Việt Nam (1945 – 2025). Đây cũng là năm học bản lề, mở ra giai đoạn chuyển "
       "mình mạnh mẽ với tinh thần “Kỷ cương – Sáng tạo – Đột phá – Phát triển”. Buổi lễ được kết nối tiếp sóng trực "
       "tiếp với Lễ Khai giảng toàn quốc, tạo thêm niềm xúc động, tự hào cho cô trò nhà trường khi được hòa chung nhịp "
       "đập với hàng triệu trái tim học sinh cả nước.",
       ev("2025-09-05", title="Lễ Khai giảng", partners=["Công an Phường Bạch Mai"]))
for line in ["Đến dự lễ khai giảng Trường Mầm non 8/3 rất vinh dự được đón tiếp các đồng chí lãnh đạo, đại biểu đến chung "
             "vui và tặng hoa chúc mừng nhà trường:",
             "Đại diện lãnh đạo địa phương:",
             "– Ông: Trần Quyết Thắng – Bí thư Đảng uỷ – Chủ tịch HĐND Phường Bạch Mai.",
             "– Ông: Phan Bá Tường – Chánh Văn phòng Đảng uỷ Phường Bạch Mai.",
             "– Ông: Cấn Văn Đa – Đảng uỷ viên – Trưởng phòng Văn hoá xã hội Phường Bạch Mai.",
             "– Các đồng chí đại diện Công an Phường Bạch Mai.",
             "– Các thế hệ cán bộ quản lý trường Mầm non 8/3.",
             "– Bà Hoàng Thị Hoài – Trưởng khoa giáo dục mầm non – Trường BDCBGD Hà Nội.",
             "– Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà trường."]:
    P.para(line)
P.save_docx()
