"""Trường Mầm non Ninh Thủy (Ninh Hòa, Khánh Hòa): plan for the 5-6-year-olds' visit to the
ward's martyrs' memorial, June 2020 (school year 2019-2020), from the school site. The official
header ("Sô:       /KH-MNNThy Ninh Thủy, ngày 24 tháng 6 năm 2020", a misprinted "Sô"), the
title over two lines, "I. MỤC ĐÍCH, YÊU CẦU" with dash lines, "II. THÀNH PHẦN" listing the
school's leaders, eight teachers by given name only, the children, the parents' board and
"- Đoàn thanh niên phường NInh Thủy." (a stray capital I) — the one outside body taking part, a
partner; the parents' board is the school's own. "III. THỜI GIAN VÀ ĐỊA ĐIỂM THAM QUAN" gives
"- Thời gian: 6 giờ 45 phút, thứ hai ngày 29 tháng 6 năm 2020" under "1. Thời gian" and the
place under "2. Địa điểm:"; "IV. Nội dung chương trình cụ thể" is the running order ("- Từ 6
giờ 45 phút - 7 giờ 00 phút: …"), not events. The stored copy ends inside its second line (left
out)."""
from vi_corpus import Plan, ev

P = Plan("vi-47-ninhthuy-kindergarten-memorial-visit-2020",
         source="http://mnnthuy.pgdninhhoa.edu.vn/gioi-thieu/hoat-dong-nha-truong/ke-hoach-tre-5-tuoi-vieng-nha-bia-tuong-niem-liet-si-phuong-.html",
         kind="event-plan", academic_year="2019-2020", batch="2026-12-07-vi-6")
P.header(["PHÒNG GD&ĐT NINH HÒA", "TRƯỜNG MN NINH THỦY", "Sô:       /KH-MNNThy"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Ninh Thủy, ngày 24 tháng 6 năm 2020"])
for t in ["KẾ HOẠCH", "TỔ CHỨC CHO TRẺ 5-6 TUỔI VIẾNG THĂM", " NHÀ BIA TƯỞNG NIỆM LIỆT SĨ PHƯỜNG NINH THỦY"]:
    P.para(t, bold=True, center=True)
for line in [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nhằm thực hiện tốt nhiệm vụ năm học 2019 – 2020.",
    "- Thực hiện tốt chương trình giáo dục mầm non về:",
    "+ Giáo dục kỹ năng sống cho học sinh thông qua hoạt động tham quan.",
    "+ Giáo dục lòng tự hào về truyền thống cách mạng quê hương, ý thức bảo vệ các di tích lịch "
    "sử, văn hóa.",
    "2. Yêu cầu",
    "- Đảm bảo số lượng học sinh tham gia, đảm bảo an toàn tuyệt đối cho học sinh khi tham quan.",
    "- Trang bị kiến thức cần thiết để đạt hiệu quả giáo dục cao.",
    "II. THÀNH PHẦN",
    "-  Lãnh đạo nhà trường: Ban giám hiệu.",
    "- Giáo viên 5 tuổi: Chung, My, Hằng, Linh, Trinh, Phong, Huyền, Thoa. ",
    "- Học sinh: 100 học sinh của 3 lớp 5 – 6 tuổi A, 5 – 6 tuổi B, 5 – 6 tuổi C ",
    "- BĐDCMHS trường mầm non Ninh Thủy.",
    "- Đoàn thanh niên phường NInh Thủy.",
    "III. THỜI GIAN VÀ ĐỊA ĐIỂM THAM QUAN",
    "1. Thời gian",
]:
    P.para(line)
P.item("- Thời gian: 6 giờ 45 phút, thứ hai ngày 29 tháng 6 năm 2020",
       ev("2020-06-29", title="Nhà bia tưởng niệm liệt sĩ phường Ninh Thủy",
          location="Nhà bia tưởng niệm liệt sĩ phường Ninh Thủy",
          partners=["Đoàn thanh niên phường NInh Thủy"]))
for line in [
    "2. Địa điểm: ",
    "- Nhà bia tưởng niệm liệt sĩ phường Ninh Thủy",
    "IV. Nội dung chương trình cụ thể",
    "1. Hoạt động tại Nhà bia tưởng niện liệt sĩ",
    "- Từ 6 giờ 45 phút - 7 giờ 00 phút: Đưa trẻ đi từ trường Mầm non Ninh Thủy đến Nhà bia tưởng "
    "niệm liệt sĩ phường Ninh Thủy – Ổn định",
]:
    P.para(line)
P.save_docx()
