"""Liên đội Trường Tiểu học Đức Long (Đức Thọ, Hà Tĩnh): plan of the "Xuân yêu thương" spring fair,
January 2018 (school year 2017-2018). Under "II. THỜI GIAN VÀ ĐỊA ĐIỂM" two label lines
("Thời gian: 12/01/2018( Thứ sáu)", no space before the bracket; "Địa điểm: Trường TH Đức
Long"); then the organising committee as dash lines of people with their posts ("- Đ/c: Phan
Thị Thanh Thúy, Bí thư Chi bộ - Hiệu trưởng;") and the invited bodies as dash lines ("- Tỉnh
Đoàn, Phòng giáo dục, Huyện Đoàn", "- UBND Xã Đức Long", "- Đoàn xã Đức Long") — the partners
of the one event; the school's own parents' board is no partner. The stored copy ends inside
part V (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-43-duclong-spring-fair-2018",
         source="http://thduclong.pgdductho.edu.vn/savefile/Tin-tuc-Su-kien/KE-HOACH-TO-CHUC-HOI-CHO-TUOI-THO-1456.html",
         kind="event-plan", academic_year="2017-2018", batch="2026-12-07-vi-5")
P.para("KẾ HOẠCH TỔ CHỨC HỘI CHỢ TUỔI THƠ", bold=True)
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("TỔ CHỨC HỘI CHỢ “XUÂN YÊU THƯƠNG” NĂM 2018", bold=True, center=True)
for line in [
    "      Thực hiện kế hoạch số 28/ĐTN của HĐĐ huyện Đức Thọ về triển khai mô hình Hội chợ tuổi thơ; "
    "kế hoạch tháng 01 của Trường Tiểu học Đức Long, căn cứ tình hình thực tế của Liên đội, BCH Chi "
    "đoàn, Liên Đội trường TH Đức Long xây dựng kế hoạch tổ chức Hội chợ mùa Xuân năm 2018 với chủ đề "
    "“Xuân yêu thương”, cụ thể như sau: ",
    "I. MỤC ĐÍCH YÊU CẦU",
    "- Tạo không gian mang đậm sắc xuân để học sinh vui chơi, giải trí sau thời gian học tập căng thẳng;",
    "- Giúp học sinh có cơ hội vận dụng kiến thức đã học vào thực tế cuộc sống nhằm trau dồi các kỹ "
    "năng sống, đồng thời hình thành thói quen “Người Việt Nam dùng hàng Việt Nam”;",
    "- Biết chia sẻ, đồng cảm và chung sức quyên góp ủng hộ các bạn có hoàn cảnh đặc biệt khó khăn "
    "trong dịp Tết.",
    "II. THỜI GIAN VÀ ĐỊA ĐIỂM",
]:
    P.para(line)
P.item("Thời gian: 12/01/2018( Thứ sáu)",
       ev("2018-01-12", title="Hội chợ “Xuân yêu thương”", location="Trường TH Đức Long",
          partners=["Tỉnh Đoàn", "Phòng giáo dục", "Huyện Đoàn", "UBND Xã Đức Long", "Đoàn xã Đức Long"]))
for line in [
    "Địa điểm: Trường TH Đức Long",
    "III. BAN TỔ CHỨC",
    "Thành phần Ban chỉ đạo:",
    "- Đ/c: Phan Thị Thanh Thúy, Bí thư Chi bộ - Hiệu trưởng;",
    "- Đ/c: Trần Thị Xuân Thơm, Phó Bí thư Chi bộ - Phó Hiệu trưởng;",
    "- Đ/c: Nguyễn Thị Minh Thơ, Tổng phụ trách Đội;",
    "- Đ/c: Trần Thị Gái, Bí thư Đoàn thanh niên;",
    "- Các đ/c Tổ trưởng’",
    "IV. THÀNH PHẦN ĐẠI BIỂU",
    " - Tỉnh Đoàn, Phòng giáo dục, Huyện Đoàn",
    "- UBND Xã Đức Long",
    "- Đoàn xã Đức Long",
    "- Ban ĐD CMHS cấp trường, đại diện CMHS các lớp và mời toàn thể phụ huynh học sinh các lớp về "
    "tham dự.",
    "V. NỘI DUNG VÀ TIẾN TRÌNH NGÀY HỘI",
]:
    P.para(line)
P.save_docx()
