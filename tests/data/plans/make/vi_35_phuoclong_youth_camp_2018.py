"""Đoàn trường THPT Thị xã Phước Long (Bình Phước): the school youth union's plan to take part in
the town's "Hội trại tòng quân" (the send-off camp for conscripts), March 2018 (school year
2017-2018). Union header (left: the town union and the school union's committee, the number;
right: "ĐOÀN TNCS HỒ CHÍ MINH" and the place and date). The one event's span and place are two
numbered lines under "II. THỜI GIAN – ĐỊA ĐIỂM:" ("1.Thời gian: Từ ngày 05/03/2018 đến ngày
07/03/2018.", with no space after "1."). The stored copy ends inside part III (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-35-phuoclong-youth-camp-2018",
         source="http://thptphuoclong.edu.vn/home/index.php/vi/news/savefile/tin-doan-truong/KE-HOACH-THAM-GIA-HOI-TRAI-TONG-QUAN-THI-XA-PHUOC-LONG-NAM-2018-615/",
         kind="event-plan", academic_year="2017-2018", batch="2026-12-07-vi-4")
P.header(["THỊ ĐOÀN PHƯỚC LONG", "BCH ĐOÀN TRƯỜNG THPT TX. PHƯỚC LONG", "Số  15 – KH/ ĐT", "***"],
         ["ĐOÀN TNCS HỒ CHÍ MINH", "Phước Long, ngày 24 tháng 02 năm 2018"])
P.para("KẾ HOẠCH THAM GIA “HỘI TRẠI TÒNG QUÂN”", bold=True, center=True)
P.para(" THỊ XÃ PHƯỚC LONG NĂM 2018", bold=True, center=True)
for line in [
    "            Căn cứ Kế hoạch số 30 /KH - BTC ngày 08/02/2018 của UBND TX. Phước Long.",
    "  Công văn số 13 - CV/ĐTN ngày 23/02/2018 của BTV Thị Đoàn Phước long.",
    "            Đoàn trường THPT TX. Phước Long lập Kế hoạch tham gia “Hội trại tòng quân” Thị xã "
    "Phước Long năm 2018.",
    "I.  MỤC ĐÍCH – YÊU CẦU:",
    "          - Nhằm tạo không khí vui tươi, sôi động, động viên thanh niên trúng tuyển lên đường làm "
    "nghĩa vụ quân sự năm 2018, đẩy mạnh phong trào xung kích tình nguyện để thanh niên học tập rèn "
    "luyện để bảo vệ Tổ quốc.",
    "          - Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức cho cán bộ, đoàn viên, thanh niên, "
    "học sinh trên địa bàn Thị xã về Luật nghĩa vụ quân sự năm 2018.",
    "          - Yêu cầu tổ chức sâu rộng mọi đối tượng, hiệu quả, an toàn đúng mục đích.",
    "II. THỜI GIAN – ĐỊA ĐIỂM:",
]:
    P.para(line)
P.item("     1.Thời gian: Từ ngày 05/03/2018 đến ngày 07/03/2018.",
       ev("2018-03-05", "2018-03-07", title="Hội trại tòng quân",
          location="Vườn cây lưu niệm thị xã Phước Long"))
for line in [
    "     2. Địa điểm: Vườn cây lưu niệm thị xã Phước Long.",
    "          III. ĐỐI TƯỢNG, SỐ LƯỢNG:",
    " - BTV Đoàn trường (3 đồng chí) chỉ đạo quản lý.",
]:
    P.para(line)
P.save_docx()
