"""Trường Trung cấp (thcnhcm.edu.vn), "Sinh hoạt chào cờ đầu tuần", a notice of 5 November 2009
(the page's stamp "Thứ năm, 05 Tháng 11 2009 09:55", no event): after a lead that cites an
instruction with its own date ("Công văn số 2298/GDĐT-HSSV ngày 20 tháng 10 năm 2009"), dash label
lines "- Thời gian chào cờ: từ 7giờ15 đến 7giờ30 thứ hai hàng tuần, kể từ 30-11-2009." (a weekly
habit on Mondays starting 30 November 2009 — recurring over the rest of the school year, per
TIMING.md's window), "- Địa điểm: Sân trường, trước cột cờ (dãy A).", then who takes part and
duties under a) and b). One event."""
from vi_corpus import Plan, ev

P = Plan("vi-59-thcn-weekly-flag-ceremony-2009",
         source="http://thcnhcm.edu.vn/vn/index.php?option=com_content&view=article&id=162:sinh-hoat-chao-co-dau-tuan&catid=40:tin-tuc&Itemid=57",
         kind="event-plan", academic_year="2009-2010", batch="2026-12-07-vi-9")
P.para("Sinh hoạt chào cờ đầu tuần", bold=True)
P.para("Thứ năm, 05 Tháng 11 2009 09:55")
P.para("Thực hiện sự chỉ đạo của Sở Giáo dục - Đào tạo tại Công văn số 2298/GDĐT-HSSV ngày 20 tháng 10 năm 2009 "
       "về nâng cao chất lượng nội dung sinh hoạt chào cờ đầu tuần tại các trường trên địa bàn thành phố, Hiệu "
       "trưởng thông báo những nội dung cụ thể như sau:")
P.item("- Thời gian chào cờ: từ 7giờ15 đến 7giờ30 thứ hai hàng tuần, kể từ 30-11-2009.",
       ev("2009-11-30", "2010-08-31", title="chào cờ", location="Sân trường"))
for line in [
    "- Địa điểm: Sân trường, trước cột cờ (dãy A).",
    "- Hình thức: Cán bộ, viên chức và học sinh tham dự cùng hát quốc ca.",
    "Tổ chức thực hiện:",
    "a) Đối với cán bộ, viên chức:",
    "+ Đối tượng: Các bộ phận chức năng và giáo viên có giờ dạy từ tiết 1.",
    "+ Trang phục: Đồng phục theo quy định của trường.",
    "+ Trưởng hoặc Phó trưởng bộ phận nhắc nhở và kiểm tra việc thực hiện chào cờ hàng tuần của cán bộ, viên "
    "chức thuộc bộ phận.",
    "+ Công đoàn trường phổ biến bài hát quốc ca.",
    "+ Phòng Hành chính – Tổ chức tổng hợp tình hình thực hiện chào cờ hàng tuần.",
    "b) Đối với học sinh:",
    "+ Học sinh có giờ học từ tiết 1, tập trung tại vị trí sân trường theo hướng dẫn của Phòng Công tác học sinh.",
    "+ Trang phục: Đồng phục học sinh.",
    "+ Phòng Công tác học sinh phối hợp Đoàn trường phổ biến bài hát quốc ca.",
    "+ Phòng Quản trị - Đời sống thực hiện bảng tên các lớp học sinh.",
    "Lưu ý: Bộ phận giữ xe không cho xe vào trường khi làm lễ chào cờ.",
    "Sau buổi lễ chào cờ, Phòng Đào tạo, Phòng Công tác học sinh …có thể phổ biến một số nội dung liên quan đến "
    "hoạt động chung của nhà trường.",
]:
    P.para(line)
P.save_docx()
