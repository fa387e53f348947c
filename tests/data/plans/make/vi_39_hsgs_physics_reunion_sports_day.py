"""Khối chuyên Lý Tổng hợp (HSGS, Hà Nội): the programme of the sports day for its 30th
anniversary ("Hội thao 30 năm Chuyên Lý Tổng hợp - B0"), a web page of Roman-numbered parts
with no year written anywhere (the harness reads it in 2026-2027; "thứ 7 ngày 3/10" agrees with
3 October 2026). Under "II.Lịch trình cụ thể" each numbered sport is followed by dash lines in
no fixed order: its place ("- Diễn ra tại …" or "- Địa điểm: …"), its time ("- Thời gian: buổi
sáng ngày 3/10 bắt đầu từ 8h.", "… diễn ra trong hai ngày 3,4/10", "8h-11h sáng thứ 7 ngày
3/10") and who is in charge ("- Thầy Nguyễn Đình Tới phụ trách."), with "+" sub-lines of team
sizes. The overview under "I.Giới thiệu" and the requirements under "III. Yêu cầu" are no
events of their own."""
from vi_corpus import Plan, ev

P = Plan("vi-39-hsgs-physics-reunion-sports-day",
         source="http://hsgs.edu.vn/chuyenlytonghop/index.php/dong-hanh-cung-30-nam-b0/giai-the-thao/85-ngay-hoi-the-thao/97-hoi-thao-30-nam-chuyen-ly-tong-hop-b0?layout=default&print=1&tmpl=component",
         kind="event-programme", academic_year="2026-2027", batch="2026-12-07-vi-5")
P.para("Hội thao 30 năm Chuyên Lý Tổng hợp - B0", bold=True)
for line in [
    "I.Giới thiệu",
    "- Các hoạt động trong hội thao sẽ diễn ra vào 2 ngày 3 và ngày 4/10",
    "- Hoạt động bao gồm:",
    "+ Kéo co, nhảy bao bố, đá bóng 3 chân, đi xe đạp chậm cho các học sinh trong trường",
    "+ Đá cầu, bóng bàn, cầu lông, tennis cho mọi người các khóa.",
    "II.Lịch trình cụ thể",
]:
    P.para(line)
MT = "sân trong khuôn viên KTX Mễ Trì"
P.item("1. Kéo co, nhảy bao bố, đá bóng 3 chân, đi xe đạp chậm",
       ev("2026-10-03", location="sân bóng rổ KTX Mễ Trì"), title="Kéo co, nhảy bao bố")
for line in [
    " - Diễn ra tại sân bóng rổ KTX Mễ Trì.",
    "- Thời gian: buổi sáng ngày 3/10 bắt đầu từ 8h.",
    "- Các hoạt động diễn ra lần lượt (chơi hết trò này mới bắt đầu trò khác)",
    "-Số lượng:",
    " + Kéo co: mỗi lớp một đội (10 nam, 3 nữ)",
    " + Nhảy bao bố, đi xe đạp chậm: mỗi lớp 2 người",
    " + Đá bóng 3 chân: mỗi lớp 2 cặp (4 người)",
]:
    P.para(line)
P.item("2. Cầu lông", ev("2026-10-03", "2026-10-04", location=MT, people=["Hà Quang Mầu", "Hà"]),
       title="Cầu lông")
for line in [
    "- Diễn ra tại sân trong khuôn viên KTX Mễ Trì",
    "- Thời gian: bắt đầu từ chiều ngày 3/10 từ 14h, diễn ra trong hai ngày 3,4/10",
    "- Anh Hà Quang Mầu K24 và chị Hà K19 phụ trách",
    "- Số lượng: 32 đơn nam, 4 đôi nam, 2 đôi nữ",
]:
    P.para(line)
P.item("3. Bóng bàn", ev("2026-10-03", location="Nhà thi đấu quận Thanh Xuân", people=["Nguyễn Đình Tới"]),
       title="Bóng bàn")
for line in [
    "- Thầy Nguyễn Đình Tới phụ trách.",
    "-Số lượng: 10 người",
    "- Địa điểm: Nhà thi đấu quận Thanh Xuân",
    "- Thời gian: 8h-11h sáng thứ 7 ngày 3/10",
]:
    P.para(line)
P.item("4. Đá cầu", ev("2026-10-03", "2026-10-04", location=MT, people=["Quốc Tiến"]), title="Đá cầu")
for line in [
    "- Diễn ra tại sân trong khuôn viên KTX Mễ Trì",
    "- Quốc Tiến K30A phụ trách",
    "- Thời gian: bắt đầu chiều ngày 3/10 từ 14h , diễn ra trong hai ngày 3,4/10",
    "- Số lượng: 8 đôi nam, 4 đơn nam",
    "III. Yêu cầu",
    "- Đúng 8h tại sân bóng rổ KTX Mễ Trì, các lớp có mặt đầy đủ (bắt buộc) làm lễ khai mạc và bắt "
    "đầu hội thao.",
    "- Ban truyền thông chụp ảnh và quay video về các hoạt động trong hội thao.",
]:
    P.para(line)
P.save_docx()
