"""Trường Mầm non Nam Thanh (Điện Biên Phủ): the school's 8 March 2017 news post, Word paragraphs
as the page shows them — the lead paragraph printed twice (once above the heading, once under
it), each with the clock range before the date ("vào hồi 17 giờ đến 19 giờ ngày 8/3/2017 trường
Mầm Non Nam Thanh tổ chức buổi tọa đàm …"); then the cooking contest held before the talk that
same day ("Trước khi buổi tọa đàm diễn ra nhà trường tổ chức hội thi nấu ăn …" — dated only by
the talk), the prizes, a caption line and the source line."""
from vi_corpus import Plan, ev

LEAD = ("Thực hiện kế hoạch nhiệm vụ năm học. Đồng thời tăng cường duy trì phong trào \" Toàn dân đoàn kết xây dựng đời "
        "sống văn hóa; Phong trào : Trường học thân thiện - học sinh tích cực\", để tạo không khí đoàn kết, thân thiện "
        "vui tươi, phấn khởi, vào hồi 17 giờ đến 19 giờ ngày 8/3/2017 trường Mầm Non Nam Thanh tổ chức buổi tọa đàm "
        "ôn lại những truyền thống vẻ vang của phụ nữ Việt nam.")
P = Plan("vi-67-namthanh-kindergarten-womens-day-2017",
         source="https://mnnamthanh.pgdtpdienbienphu.edu.vn/news/cac-hoat-dong-phong-trao/truong-mam-non-nam-thanh-to-chuc-cac-hoat-dong-chao-mung-ngay-8-3-71.html",
         kind="event-plan", academic_year="2016-2017", batch="2026-12-07-vi-12")
P.item(LEAD, ev("2017-03-08", title="buổi tọa đàm", location="trường Mầm Non Nam Thanh"))
P.para("TRƯỜNG MẦM NON NAM THANH TỔ CHỨC CÁC HOẠT ĐỘNG CHÀO MỪNG NGÀY 8-3", bold=True)
P.para(LEAD)
P.item("Trước khi buổi tọa đàm diễn ra nhà trường tổ chức hội thi nấu ăn nhằm nâng cao chức năng vai trò của phụ nữ "
       "Việt Nam không chỉ giỏi việc nước mà còn đảm việc nhà. Trong buổi toạ đàm, đồng chí trưởng ban nữ công lên ôn "
       "lại truyền thống ngày 8/3.", ev("2017-03-08", title="hội thi nấu ăn", location="trường Mầm Non Nam Thanh"))
P.para("Với không khí vui tươi thân thiện của ngày 8/3 nhà trường đã trao giải nhất , nhì , ba cho các đội tham gia "
       "cuộc thi. Qua buổi tọa đàm và hội thi nấu ăn đã phát huy truyền thống người phụ nữ Việt Nam anh hùng - bất khuất "
       "- trung hậu - đảm đang, đồng thời gắn kết tinh thần đoàn kết thống nhất trong tập thể cán bộ giáo viên nhà "
       "trường. Mái trường mầm non Nam Thanh thực sự là mái nhà văn hóa.")
P.para("Một số hình ảnh của ngày hội 8/3.")
P.para("Nguồn tin: Trường MN Nam ")
P.save_docx()
