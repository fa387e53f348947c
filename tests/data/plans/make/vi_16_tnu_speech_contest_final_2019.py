"""Đại học Thái Nguyên: the organisers' notice for the final of the Vietnamese speech contest
for Lao students (08/11/2019). The date stands once, as a heading ("Thứ Sáu, ngày 08 tháng
11 năm 2019"); the lines under it give only clock times ("- 11h00-13h30: Dự tiệc …"), places
inside the text ("tại Rạp ngoài trời-…"). The evening final is one line of time with its
running order as "+" lines under it (its agenda, not events). The stored copy ends inside the
third "+" line (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-16-tnu-speech-contest-final-2019",
         source="http://hungbientiengviet.tnu.edu.vn/Article/Details/238",
         kind="event-programme", academic_year="2019-2020", batch="2026-12-07-vi-1")
P.header(["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẠI HỌC THÁI NGUYÊN"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Thái Nguyên, ngày 29 tháng 10 năm 2019"])
P.para("THÔNG BÁO", bold=True, center=True)
P.para("Về việc tổ chức cuộc thi hùng biện tiếng Việt\vcho Lưu học sinh Lào tại Việt Nam năm 2019",
       bold=True, center=True)
P.para("Kính gửi: Các đội thi vòng chung kết Cuộc thi Hùng biện tiếng Việt cho lưu học sinh Lào "
       "tại Việt Nam năm 2019")
P.para("Căn cứ Kế hoạch số 913/KH-BGDĐT ngày 29/8/2019 của Bộ Giáo dục và Đào tạo về việc tổ "
       "chức Cuộc thi Hùng biện tiếng Việt cho lưu học sinh (LHS) Lào tại Việt Nam năm 2019;")
P.para("Căn cứ Kết luận cuộc họp Ban tổ chức cuộc thi Hùng biện tiếng Việt cho lưu học sinh (LHS) "
       "Lào tại Việt Nam năm 2019 ngày 28/10/2019 tại Đại học Thái Nguyên, Đại học Thái Nguyên "
       "thông báo những thông tin chi tiết cho cuộc thi vòng chung kết tại Đại học Thái Nguyên "
       "như sau:")
P.para("1. Thời gian, địa điểm", bold=True)
P.para("- Thời gian: ngày 08/11/2019")
P.para("- Địa điểm: Đại học Thái Nguyên, phường Tân Thịnh - thành phố Thái Nguyên")
P.para("Chương trình tổng thể như sau:")
P.para("Thứ Sáu, ngày 08 tháng 11 năm 2019", bold=True)
P.para("Các hoạt động giao lưu văn hóa Việt - Lào", bold=True)
D = "2019-11-08"
P.item("- 9h00: Đón tiếp các đoàn về tham dự chung kết toàn quốc cuộc thi tại Đại học Thái Nguyên",
       ev(D), title="Đón tiếp các đoàn về tham dự chung kết")
P.item("- 11h00-13h30: Dự tiệc chiêu đãi tại Rạp ngoài trời-Trung tâm Hội nghị Đại học Thái Nguyên",
       ev(D, location="Rạp ngoài trời"), title="Dự tiệc chiêu đãi")
P.item("- 14h00-16h00: Thăm quan Không gian Văn hóa Việt Nam-Lào tại Trung tâm Hội nghị Đại học "
       "Thái Nguyên", ev(D, location="Trung tâm Hội nghị Đại học Thái Nguyên"),
       title="Thăm quan Không gian Văn hóa Việt Nam-Lào")
P.item("- 16h00-18h00: Chương trình giao lưu văn hóa văn nghệ Việt Nam-Lào", ev(D),
       title="Chương trình giao lưu văn hóa văn nghệ")
P.para("Chương trình đêm chung kết", bold=True)
P.item("- 18h00-22h00", ev(D, title="Chương trình đêm chung kết"))
P.para("+ Đón tiếp đại biểu, ổn định tổ chức;")
P.para("+ Văn nghệ chào mừng;")
P.save_docx()
