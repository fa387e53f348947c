"""Hội đồng Họ Dương Việt Nam: the programme of its spring festival 2017 (Đà Nẵng), issued in
October 2016. No table: day headings ("1. Ngày 10/02/2017, thứ 6 (tức 14 tháng Giêng Đinh
Dậu)") each giving the solar date with the lunar one in brackets, half-day headings ("Buổi
sáng:") and "+ 7h00 - 11h00: …" lines under them; the meeting's place and participants follow
it as dash lines. The place of the whole festival is in the opening line. The stored copy ends
inside the afternoon of the second day (that line is left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-15-hoduong-spring-festival-2017",
         source="http://hoduongvietnam.com.vn/chuong-trinh-le-hoi-mua-xuan-ho-duong-viet-nam-nam-2017-p1496",
         kind="event-programme", batch="2026-12-07-vi-1")
P.header(["HỘI ĐỒNG", "HỌ DƯƠNG VIỆT NAM", "Số: 02/CTr-HĐHDVN"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Bắc Ninh, ngày 11 tháng 10 năm 2016"])
P.para("CHƯƠNG TRÌNH", bold=True, center=True)
P.para("LỄ HỘI MÙA XUÂN HỌ DƯƠNG VIỆT NAM NĂM 2017", bold=True, center=True)
P.para("* Chương trình diễn ra trong 3 ngày 10, 11, 12/2/2017 (tức ngày 14, 15, 16 tháng Giêng "
       "năm Đinh Dậu) địa điểm tại Cung thể thao Tiên Sơn số 03 - đường Phan Đăng Lưu, quận Hải "
       "Châu, thành phố Đà Nẵng.")
PLACE = "Cung thể thao Tiên Sơn"
D1, D2 = "2017-02-10", "2017-02-11"
P.para("1. Ngày 10/02/2017, thứ 6 (tức 14 tháng Giêng Đinh Dậu)", bold=True)
P.para("Buổi sáng:", bold=True)
P.item("+ 7h00 - 11h00: Tổng duyệt chương trình Lễ hội.",
       ev(D1, location=PLACE), title="Tổng duyệt chương trình Lễ hội")
P.para("Buổi chiều:", bold=True)
P.item("+ 14h00 - 17h00: Hội nghị Tổng kết 2016 và triển khai hoạt động 2017 của HĐHDVN (Bao "
       "gồm tổng kết DN-DN HDVN và Tổng hội TN, HS-SV HDVN).",
       ev(D1, location=PLACE), title="Hội nghị Tổng kết 2016 và triển khai hoạt động 2017")
P.para("- Địa điểm: Phòng họp Cung thể thao Tiên Sơn.")
P.para("- Thành phần: Các ông, bà HĐHDVN; Chủ tịch, 1 số PCT HĐHD các tỉnh, thành phố, khu vực; "
       "lãnh đạo BCH CLB DN-DN; một số doanh nghiệp lớn; lãnh đạo Tổng hội TN, HS-SV HDVN và các "
       "cá nhân tiêu biểu trong hoạt động năm 2016.")
P.para("- Tổ chức khen thưởng cho các tập thể, cá nhân có thành tích xuất sắc trong hoạt động "
       "Dòng tộc năm 2016.")
P.para("Buổi tối:", bold=True)
# "Nơi diễn ra Lễ hội" is the festival's place, named in the opening line.
P.item("+ 19h00: Lễ rước lửa truyền thống và lễ cầu an cầu siêu cho toàn Dòng tộc (Địa điểm: "
       "Nơi diễn ra Lễ hội)", ev(D1, location=PLACE), title="Lễ rước lửa truyền thống")
P.para("2. Ngày 11/02/2017, thứ 7 (tức 15 tháng Giêng Đinh Dậu)", bold=True)
P.para("Buổi sáng:", bold=True)
P.item("+ 7h30: Cắt băng khai trương hội chợ giới thiệu sản phẩm thương hiệu của DN-DN HDVN.",
       ev(D2, location=PLACE), title="Cắt băng khai trương hội chợ")
P.item("+ 8h30 - 11h30: Thăm gian hàng và không gian hội trại của các đơn vị.",
       ev(D2, location=PLACE), title="Thăm gian hàng và không gian hội trại")
P.save_docx()
