"""Japanese International School (Hà Nội): plan of its Mid-Autumn festival 2016, Vietnamese
with each line followed by its Japanese. The date line gives the lunar day in brackets
beside the solar one ("ngày 14.9.2016 (14 tháng Tám âm lịch)"), the place on the next line;
the activities are paragraphs, one of them a lantern-making workshop held in the art lessons
before the night (no date of its own). The stored copy ends inside the Japanese list of
activities (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-23-jis-mid-autumn-2016",
         source="http://jis.edu.vn/ke-hoach-to-chuc-tet-trung-thu-2016/",
         kind="event-plan", academic_year="2016-2017", batch="2026-12-07-vi-2")
P.para("KẾ HOẠCH TỔ CHỨC TẾT TRUNG THU 2016", bold=True, center=True)
P.para("2016年中秋祭開催計画", bold=True, center=True)
P.para("Thời gian: 18.00 – 21.00 ngày 14.9.2016 (14 tháng Tám âm lịch).")
P.para("時間:午後6時~9時まで、2016年9月14日(陰暦8月14日)")
P.para("Địa điểm: Sân cỏ trong khuôn viên trường")
P.para("場所:校内のサッカー場")
P.para("Thành phần tham gia: Khối Tiểu học Lớp Mầm non 4 – 5 tuổi (Lớp 2, 3 tuổi hoàn toàn do Bố "
       "Mẹ quyết định, có thể ra về nếu thấy các cháu không còn hào hứng). Các cháu con cán bộ, "
       "giáo viên trong độ tuổi Tiểu học, Mẫu giáo.")
P.para("参加者:")
P.para("・小学生")
P.para("・幼稚園4・5歳児(2・3歳児は家族のご希望・ご責任で参加できる→参加しても、途中で帰ってもいい)")
P.para("・職員・スタッフの子供たち")
P._add_event("Tết Trung thu", ev("2016-09-14", location="Sân cỏ"))
P.para("Những hoạt động chính:", bold=True)
P.item("Học và thực hành làm đèn Ông sao: Thầy Yên phụ trách trong các tiết Mỹ thuật – Thủ công.",
       ev(None, title="Học và thực hành làm đèn Ông sao"))
P.para("Nan tre, nứa và phụ liệu do Nhà trường chuẩn bị; giấy màu các loại, hồ dán, … do từng "
       "cháu chuẩn bị theo sở thích.")
P.para("Yêu cầu: đèn có thể thắp nến bên trong.")
P.para("Múa sư tử + Phông brakcop: Nhà trường chuẩn bị ( văn Anh )")
P.para("– Phân thành 4 nhóm lớp:")
P.para("Nhóm lớp (1,2); Nhóm lớp ( 3,4); Nhóm lớp ( 5,6 ); Nhóm lớp mầm non")
P.para("Mỗi nhóm lớp tập ít nhất một tiết mục văn nghệ chủ đề về Trung thu, ánh trăng, tình bạn, … "
       "nhạc Việt Nam; Nhật Bản để biểu diễn.")
P.para("Mỗi nhóm lớp bày một mâm cỗ Trông trăng gồm bánh trái (ít), hoa quả ( nhà trường sẽ cấp hoa "
       "quả, bánh kẹo,…)")
P.para("Mâm cỗ cho các cháu con cán bộ giáo viên do Nhà trường tài trợ Mrs Hạnh phụ trách.")
P.para("Yêu cầu: Cha mẹ hướng dẫn, giúp các cháu thực hành tùy theo lứa tuổi. Tuyệt đối không làm thay.")
P.save_docx()
