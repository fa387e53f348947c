"""Trường tiểu học Thủ Lệ (Ba Đình, Hà Nội): the notice of a school trip to the Nguyên Phi Ỷ Lan
temple, 7 November 2011 (school year 2011-2012), as Word "save as text" gives it: a notice line
whose date stands at its head after a clock time ("- 7h30, ngày 7 tháng 11 năm 2011 ( thứ hai)
nhà trường tổ chức cho học sinh toàn trường đi tham quan, …"), then the trip's itinerary as
clock-time lines under a line repeating the day ("Thứ hai, ngày 7 tháng 11 năm 2011") — the
running order of the one event (the Young Pioneer admission held during the trip is part of
it)."""
from vi_corpus import Plan, ev

P = Plan("vi-42-thule-temple-trip-notice-2011",
         source="http://c1thule.giangvo.edu.vn/tin-tuc-su-kien/thong-bao-ve-lich-tham-quan-den-nguyen-phi-y-lan-pmtd22sw594",
         kind="event-plan", academic_year="2011-2012", batch="2026-12-07-vi-5")
P.para("THÔNG BÁO VỀ LỊCH THAM QUAN ĐỀN NGUYÊN PHI Ỷ LAN")
P.para("Ban Giám hiệu Nhà trường xin thông báo:")
P.item("- 7h30, ngày 7 tháng 11 năm 2011 ( thứ hai) nhà trường tổ chức cho học sinh toàn trường đi "
       "tham quan, học tập lịch sử tại đền Nguyên Phi Ỷ Lan và kết hợp Kết nạp đội viên cho các em "
       "học sinh khối 4 và khối 5",
       ev("2011-11-07", title="tham quan, học tập lịch sử", location="đền Nguyên Phi Ỷ Lan"))
for line in [
    "Lịch trình tham quan Uống nước nhớ nguồn Hà Nội - Đền Bà Nguyên Phi Ỷ Lan",
    "Trường tiểu học Thủ Lệ",
    "Thứ hai, ngày 7 tháng 11 năm 2011",
    "7h30: Xe có mặt tại trường",
    "8h05: Xe xuất phát từ Trường đến Đền Nguyên Phi Ỷ Lan",
    "9h00: Tới Đền học sinh xuống xe tập trung vào sân Rồng để làm lễ dâng hương- Bà Nguyên Phi Ỷ "
    "Lan và Các Vị Thần- nghe thuyết minh lịch sử, thắng cảnh của Đền.",
    "- Tổ chức kết nạp đội theo chương trình của Nhà trường.",
    "- Tổ chức trò chơi đố chữ và xem xiếc ảo thuật",
    "- Lần lượt các lớp đi tham quan toàn bộ di tích lịch sử dưới sự hướng dẫn của đoàn hướng dẫn",
    "11h00: Học sinh nghỉ ngơi ăn trưa dưới sự chăm sóc của cô giáo, và hướng dẫn viên",
    "12h30: Tiếp theo chương trình học sinh chia làm nhiều tốp để chơi các trò chơi dân gian có "
    "thưởng",
    "- Kéo co",
    "- Chạy tiếp sức",
    "- Chim tìm tổ",
    "- Bịt mắt đập bóng",
    "- Sức mạnh đôi chân",
    "- Ném bóng vào chậu",
    "14h00: Tập trung toàn trường kiểm tra sĩ số lớp nào đủ ban tổ chức gọi lớp đó mới được ra xe để "
    "lên xe về trường",
    "15h00: Xe về đến trường",
    "Kết thúc chuyến đi",
]:
    P.para(line)
P.save_txt()
