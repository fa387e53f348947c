"""Trường Tiểu học Hoa Lư: news "TRƯỜNG TIỂU HỌC HOA LƯ TỔ CHỨC KHAI MẠC HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG
NĂM HỌC 2025-2026", Word paragraphs: the title, a category line, then the day in the first sentence
("Sáng ngày 23 tháng 9 năm 2025, Trường Tiểu học Hoa Lư đã long trọng tổ chức Lễ khai mạc Hội khỏe
Phù Đổng cấp trường năm học 2025 – 2026."), the guests (parents' representatives among them, no
partner from outside), what the games are for and what comes after (no dates), and the comment
form's lines."""
from vi_corpus import Plan, ev

P = Plan("vi-73-hoalu-primary-sports-day-opening-2025",
         source="https://thhoalu.edu.vn/truong-tieu-hoc-hoa-lu-to-chuc-khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2025-2026",
         kind="event-plan", academic_year="2025-2026", batch="2026-12-07-vi-14")
P.para("TRƯỜNG TIỂU HỌC HOA LƯ TỔ CHỨC KHAI MẠC HỘI KHỎE PHÙ ĐỔNG CẤP TRƯỜNG NĂM HỌC 2025-2026", bold=True)
P.para("HOẠT ĐỘNG GIÁO DỤC Tin tức từ trường")
P.item("Sáng ngày 23 tháng 9 năm 2025, Trường Tiểu học Hoa Lư đã long trọng tổ chức Lễ khai mạc Hội khỏe Phù Đổng cấp "
       "trường năm học 2025 – 2026.", ev("2025-09-23", title="Lễ khai mạc Hội khỏe Phù Đổng"))
for line in [
        "Tham dự buổi lễ có sự hiện diện của Ban giám hiệu nhà trường, các thầy cô giáo, đại diện cha mẹ học sinh cùng "
        "toàn thể học sinh.",
        "Hội khỏe Phù Đổng là sân chơi bổ ích nhằm duy trì và đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ "
        "vĩ đại, góp phần nâng cao sức khỏe, phát triển thể chất cho học sinh, đồng thời tạo không khí vui tươi, phấn "
        "khởi trong nhà trường.",
        "Sau lễ khai mạc, nhà trường sẽ tuyển chọn những vận động viên tiêu biểu, có thành tích xuất sắc để thành lập "
        "đội tuyển các môn thể thao tham gia Hội khỏe Phù Đổng các cấp. Đây là lực lượng nòng cốt, đại diện cho phong "
        "trào thể thao học đường của nhà trường, đồng thời là niềm tự hào của thầy và trò Trường Tiểu học Hoa Lư.",
        "Buổi lễ khai mạc đã để lại nhiều ấn tượng tốt đẹp, hứa hẹn một mùa Hội khỏe Phù Đổng thành công, góp phần nâng "
        "cao chất lượng giáo dục toàn diện cho học sinh.",
        "Để lại một bình luận",
        "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"]:
    P.para(line)
P.save_docx()
