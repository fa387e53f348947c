"""Đoàn trường THPT Thị xã Quảng Trị: the programme of the youth activities on 26 March 2011
(the union's 80th anniversary; school year 2010-2011). The union header gives the year only
in its date line ("Thị xã Quảng Trị, ngày 2 tháng 3 năm 2011."); the title gives the day
("… TRONG NGÀY 26/3."). The activities are numbered lines with no date of their own; the
fifth ("Các hoạt động trò chơi dân gian: …") is detailed by a table "Stt | Khối | Trò chơi
dân gian | Số lượng HS tham gia | Địa điểm" whose grade cell stands in the first of each pair
of rows and is empty in the second (merged in the original), one game per row with its place.
A reader lists the four numbered activities and the six games, all on 26 March 2011; the
closing "Ngoài ra: …" sentence names no game of its own."""
from vi_corpus import Plan, ev

P = Plan("vi-37-quangtri-youth-day-programme-2011",
         source="https://text.123docz.net/document/2705460-chuong-trinh-ngay-26-03-2011.htm",
         kind="event-programme", academic_year="2010-2011", title_col=2, batch="2026-12-07-vi-4")
P.header(["ĐOÀN TNCS HỒ CHÍ MINH", "ĐOÀN TRƯỜNG THPT TX QUẢNG TRỊ"],
         ["", "Thị xã Quảng Trị, ngày 2 tháng 3 năm 2011."])
P.para("CHƯƠNG TRÌNH TỔ CHỨC CÁC HOẠT ĐỘNG CỦA TUỔI TRẺ", bold=True, center=True)
P.para("TRONG NGÀY 26/3.", bold=True, center=True)
P.para("Kính gửi: - Cấp uỷ nhà trường.")
DAY = "2011-03-26"
P.item("1. Chương trình văn nghệ chào mừng.", ev(DAY), title="Chương trình văn nghệ chào mừng")
P.item("2. Mettin Lễ kỷ niệm 80 năm ngày thành lập Đoàn TNCS Hồ Chí Minh(26/3/1931 –\v26/3/2011)",
       ev(DAY), title="Mettin Lễ kỷ niệm 80 năm ngày thành lập Đoàn")
P.item("3. Tổ chức Lễ kết nạp Đoàn viên mới (đợt 2)", ev(DAY), title="Lễ kết nạp Đoàn viên mới")
P.item("4. Chung kết Hội thi “Bí thư Chi đoàn Giỏi”", ev(DAY), title="Chung kết Hội thi")
P.para("5. Các hoạt động trò chơi dân gian: (sau khi tổ chức xong Hội thi: triển khai các trò chơi "
       "và BGK đi chấm các gian hàng, ĐVTN tự do mua sắm, tham gia các hoạt động trong khuôn viên "
       "trường, buổi trưa ở lại tại trại của lớp)")
P.table(["Stt", "Khối", "Trò chơi dân gian", "Số lượng HS tham gia", "Địa điểm"], title_col=2)
for cells in [
    ["1", "12", "Kéo co Nam nữ", "05 nam + 05 nữ", "Đường vào cổng chính trường"],
    ["2", "", "Vật tay", "01 nam", "Sân khấu chào cờ"],
    ["3", "11", "Nhảy dây", "05 nam + 05 nữ", "Sân vận động"],
    ["4", "", "Nhảy bao bố", "01 nam + 01 nữ", "Đường vào cổng chính trường"],
    ["5", "10", "Đua thuyền trên cạn", "10 nam", "Sân vận động"],
    ["6", "", "Ném còn", "01 nam + 02 nữ", "Sân vận động"],
]:
    P.row(cells, ev(DAY, location=cells[4]))
P.para("Ngoài ra: cả 03 khối cùng tham gia 01 hoạt động trò chơi lớn(giao cho Chi đoàn GSTT phụ trách)")
P.save_docx()
