"""THCS Xuân Sơn (Đông Triều, Quảng Ninh): school labour plan of week 07, held on one afternoon
("Thời gian: 14 giờ ngày 28 tháng 9 năm 2012"), as a spreadsheet. The table has no timing
column: every row (one class, its supervising teacher, the work, the tools) is on that day.
The stored copy ends inside row 8 (dropped)."""
from vi_corpus import Plan, ev

P = Plan("vi-04-xuanson-labour-week7-2012",
         source="https://thcsxuanson.dongtrieu.edu.vn/-/lich-lao-dong-tuan-7-nam-hoc-2012-2013",
         kind="other", academic_year="2012-2013", title_col=3)
P.para("KẾ HOẠCH LAO ĐỘNG TUẦN 07 (NGÀY 28 THÁNG 9 NĂM 2012)")
P.para("Thời gian: 14 giờ ngày 28 tháng 9 năm 2012")
P.para("Thành phần: Toàn trường.")
P.para("NỘI DUNG CÔNG VIỆC CỤ THỂ:")
P.table(["TT", "Lớp", "GV chỉ đạo", "Nội dung công việc", "Dụng cụ"])
D = "2012-09-28"
rows = [
    ("1", "9A", "Bùi Hải Phương", "Cắt cỏ, vệ sinh khu vực vườn Keo, gom gọn hố rác sát về phía bờ tường hướng Tây", "Cuốc, xẻng, liềm, đồ vận chuyển rác"),
    ("2", "9B", "Nguyễn Thị Hằng", "Cắt cỏ, dọn rác toàn bộ phía sau dãy phòng học bộ môn từ cuối nhà vệ sinh của HS đến hết khu Hiệu bộ.", "Cuốc, xẻng, liềm, đồ vận chuyển rác"),
    ("3", "9C", "Nguyễn Thị Hẹn", "Cắt cỏ, quét dọn toàn bộ đường và hai bên đường cuối vị trí nhà để xe của giáo viên đến đầu sân vận động", "Chổi rễ, liềm, đồ vận chuyển rác"),
    ("4", "8A", "Đỗ Thị Bích", "Cắt cỏ, quét dọn Đài chiến thắng Cầu Cầm, cắt cỏ hai bên đường, từ đường 18 đến vị trí Đài chiến thắng và toàn bộ phía trong khu vực Đài Chiến thắng", "Liềm, chổi, đồ vận chuyển rác"),
    ("5", "8B", "Đặng T.Ngọc Yến", "Dọn rác, vệ sinh các rãnh nước xung quanh dãy phòng học cao tầng và trước sân, tưới các bồn cây cảnh. (dùng 3 chiếc xà beng để tạo các lỗ thoáng cho các bồn cây xanh để nhà trường bón phân)", "Cuốc, xô, đồ vận chuyển rác, xà beng"),
    ("6", "7A", "Ng.Mai Hương", "Quét dọn toàn bộ sân lớn phía trước, khu vườn Mai Yên Tử, từ đầu nhà để xe HS đến hết dãy phòng học cao tầng", "Chổi rễ, đồ vận chuyển rác"),
    ("7", "7B", "Ng.Thị Vượng", "Lao động dọn vệ sinh Đài tưởng niệm các Anh hùng liệt sỹ trong UBND xã.", "Chổi, giẻ lau, xô đựng nước và đồ vận chuyển rác"),
]
for r in rows:
    P.row(list(r), ev(D, people=[r[2]]))
P.save_xlsx()
