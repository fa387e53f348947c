"""Phòng GD&ĐT Thuận Bắc (Ninh Thuận): "Khai mạc Hội thi “Bé vui khỏe”" — the district's
kindergarten contest, school year 2016-2017, as the office's news page gives it. The opening
in the first sentence ("Sáng ngày 17 tháng 03 năm 2017, Phòng Giáo dục và Đào tạo Khai mạc Hội thi
\"Bé vui khỏe\" …"), the contest itself inside the second paragraph after its attendees ("Hội thi
diễn ra từ ngày 20/3 đến hết ngày 23/3/2017; địa điểm tổ chức thi tại 6 trường mẫu giáo trong
huyện; …"), then numbered parts of the contest ("1. Thi cá nhân …", "2. Thi đồng đội …") with
durations in minutes ("Thời gian: từ 3-5phút.") — no dates."""
from vi_corpus import Plan, ev

P = Plan("vi-56-thuanbac-kindergarten-contest-2017",
         source="http://phonggddtthuanbac.ninhthuan.edu.vn/pgdhthuanbac/1230/30222/39890/84454/Hoat-dong-chung/Khai-mac-Hoi-thi-Be-vui-khoe.aspx",
         kind="kindergarten-plan", academic_year="2016-2017", batch="2026-12-07-vi-9")
P.para("Khai mạc Hội thi “Bé vui khỏe”", bold=True)
P.item("Nhằm tăng cường tổ chức các hoạt động đổi mới trong công tác chăm sóc và nuôi dạy trẻ, để đạt được các "
       "chỉ tiêu, nhiệm vụ năm học 2016-2017 đề ra, Sáng ngày 17 tháng 03 năm 2017, Phòng Giáo dục và Đào tạo "
       "Khai mạc Hội thi \"Bé vui khỏe\" cấp học mầm non cấp huyện, năm học 2016-2017",
       ev("2017-03-17", title="Khai mạc Hội thi"))
P.item("Về tham dự Hội thi, có các thầy cô giáo trong Ban tổ chức, ban giám khảo, các cô chủ nhiệm nhóm lớp 5 "
       "tuổi, các cháu mẫu giáo thuộc trường mẫu giáo Lợi Hải. Hội thi diễn ra từ ngày 20/3 đến hết ngày "
       "23/3/2017; địa điểm tổ chức thi tại 6 trường mẫu giáo trong huyện; số cháu tham gia dự thi gồm 60 "
       "cháu/6 trường; nội dung tổ chức thi gồm:",
       ev("2017-03-20", "2017-03-23", title="Hội thi", location="6 trường mẫu giáo"))
for line in [
    "1. Thi cá nhân: 6 trẻ/01 đội tuyển.",
    "* Thi kỹ năng vận độngphối hợp bao gồm: Bật tách khép chân qua 7 ô - Ném bóng trúng đích.",
    "- Hình thức: Từng trẻ củamỗi đội lần lượt thực hiện phần thi của mình. Thi cá nhân và tính điểm xếp "
    "hạngđồng đội.",
    "- Thang điểm: dựa vàothành tích của cả đội để xác định số điểm như sau:",
    "+ Đội thực hiện có thờigian ngắn nhất được quy đổi thành 10 điểm, các đội về sau sẽ giảm 01 điểm theothứ "
    "hạng.",
    "- Giải thưởng: 02 giảinhất, 01 giải nhì, 02 giải ba, 01 giải khuyến khích.",
    "2. Thi đồng đội: (10 trẻ/01 đội tuyển)",
    "* Màn chào hỏi:",
    "- Hình thức: Trẻ tự giớithiệu về đội của mình bằng các hình thức thơ, ca, hò, vè...",
    "- Thời gian: từ 3-5phút.",
    "- Thang điểm: 10 điểm.",
    "* Thi Thể dục đồng diễn:",
    "- Hình thức: Trẻ đồng diễn bài thể dục sáng, đảm bảo đủ cácnội dung của bài thể dục sáng. ( Hô hấp, "
    "khởi động, trọng động, hồi tĩnh).",
    "- Thời gian: từ 10-15 phút.",
    "- Thang điểm: 10 điểm.",
]:
    P.para(line)
P.save_docx()
