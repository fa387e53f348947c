"""Trường Cao đẳng Công nghiệp Thái Nguyên: the programme of the excellent-teacher contest of
the province's college block, 2012-2013. A table "TT | Thời gian | Nội dung | Người thực
hiện | Ghi chú" whose day rows put only the date in the time column ("Ngày 17/5/2013") and
whose numbered rows give only clock times ("8h30 - 9h00’"): each row is dated by the day row
above it. One row (the opening) has no number. Places stand inside the text ("tại phòng 502,
503 nhà A"). The stored copy ends inside row 12 of the second day (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-21-cdcntn-gvdg-programme-2013",
         source="http://cdcntn.edu.vn/art-429-Chuong_trinh_hoi_thi_giao_vien_day_gioi_.html",
         kind="event-programme", academic_year="2012-2013", title_col=2, batch="2026-12-07-vi-1")
P.para("CHƯƠNG TRÌNH HỘI THI GIÁO VIÊN DẠY GIỎI  KHỐI TRƯỜNG CĐ-TC SỐ 1 TỈNH THÁI NGUYÊN",
       bold=True, center=True)
P.para("NĂM HỌC 2012 - 2013", bold=True, center=True)
P.table(["TT", "Thời gian", "Nội dung", "Người thực hiện", "Ghi chú"])
D = "2013-05-17"
P.row(["", "Ngày 17/5/2013", "", "", ""])
rows = [
    ("1", "7h30 - 8h30’", "Đón tiếp đại biểu, các đoàn", "BTC, Trường đăng cai", "", {}),
    ("2", "8h30 - 9h00’", "Văn nghệ chào mừng", "Đội văn nghệ (Đoàn TN) trường đăng cai", "", {}),
    ("3", "9h00 - 9h05’", "Chào cờ, Tuyên bố lý do, giới thiệu Đại biểu",
     "BTC, Trường đăng cai\n(Đ/c Hùng)", "", {}),
    ("", "9h05’ - 9h15’", "Khai mạc Hội thi", "Sở GD ĐT (Lãnh đạo Sở)", "", {}),
    ("4", "9h15’ - 9h30’", "Công bố các Quyết định thành lập BTC, BGK, TK", "Sở GD ĐT (Phòng GDCN)",
     "", {}),
    ("5", "9h30’ - 9h35’", "- Trao cờ lưu niệm cho các đoàn", "- Lãnh dạo Sở GD ĐT\n- Trưởng khối",
     "", {"title": "Trao cờ lưu niệm cho các đoàn"}),
    ("6", "9h35’ - 9h40’", "Đại diện giáo viên dự thi phát biểu", "Trường CĐ CNTN", "Cô Hạnh", {}),
    ("7", "9h40’ - 9h45’", "Đại diện giám khảo phát biểu", "Trường CĐ CNTN", "Cô Thuyên", {}),
    ("8", "9h45’ - 9h55’", "Ban Giám hiệu trường đăng cai phát biểu", "Đ/c Nông – P. Hiệu trưởng",
     "", {}),
    ("9", "10h15’ - 10h45’", "Thi lý thuyết tại phòng 502, 503 nhà A",
     "- Ban tổ chức\n- Giám thị, GViên dự thi", "", {"location": "phòng 502, 503 nhà A"}),
    ("10", "11h00’ - 13h00’",
     "- Mời khách dự bữa cơm thân mật tại nhà thể chất của trường.\n- Nghỉ trưa",
     "B. Tổ chức, B. Giám khảo, Thư ký, Đại biểu, GViên dự thi, Lái xe, phục vụ.", "",
     {"title": "Mời khách dự bữa cơm thân mật", "location": "nhà thể chất"}),
    ("11", "Từ 13h30’ - 16h30’",
     "Các giáo viên tham gia dự thi, giám khảo chấm thi tại các phòng 202, 203, 302, 303, 402, "
     "403 nhà A", "B. Tổ chức, B. Giám khảo, GViên dự thi, Thư ký tiểu ban.", "", {}),
]
for n, t, what, who, note, kw in rows:
    P.row([n, t, what, who, note], ev(D, **kw))
P.row(["", "Ngày 18/5/2013", "", "", ""])
P.save_docx()
