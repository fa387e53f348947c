"""Trường Tiểu học Trần Quốc Toản (Đà Nẵng): a news post on the Sơn Trà district book festival,
Word paragraphs. The span opens the first sentence with its end's year only ("Ngày hội diễn ra từ
19/04 đến 21/04/2023, hưởng ứng Ngày sách và Văn hóa đọc Việt Nam lần thứ hai năm 2023 trên địa
bàn quận Sơn Trà, hội thi “Giới thiệu sách” và “Kể chuyện theo sách” … đã diễn ra …" — the two
contests are the festival's, not dated apart); then the school's prizes as lines with pupils'
names and classes (no events)."""
from vi_corpus import Plan, ev

P = Plan("vi-66-tranquoctoan-sontra-book-festival-2023",
         source="https://tieuhoctranquoctoan-danang.edu.vn/tin-tuc-su-kien/hoi-sach-son-tra-2023-120.html",
         kind="library-plan", academic_year="2022-2023", batch="2026-12-07-vi-12")
P.item("Ngày hội diễn ra từ 19/04 đến 21/04/2023, hưởng ứng Ngày sách và Văn hóa đọc Việt Nam lần thứ hai năm 2023 trên "
       "địa bàn quận Sơn Trà, hội thi “Giới thiệu sách” và “Kể chuyện theo sách” dành cho học sinh Tiểu học đã diễn ra "
       "thành công tốt đẹp với sự đầu tư tham gia của các tiết mục. Trường TH Trần Quốc Toản phối hợp cùng liên đội đã "
       "đạt được các giải thưởng:", ev("2023-04-19", "2023-04-21", title="Ngày hội", location="quận Sơn Trà"))
for line in ["Giải Ba: Em Nguyễn Dư Trà My – Học sinh lớp 5/4 và em Nguyễn Ngọc Bảo Hân lớp 5/2 giới thiệu sách “Sơn "
             "Trà- Di tích và danh thắng”",
             "Giải Nhất kể chuyện theo sách: Em Đặng Vũ Thanh Vân– Học sinh lớp 5/4 với câu chuyện “Túi gạo của mẹ”",
             "Giải Khuyến khích: Em Đặng Vũ Thanh Phương– Học sinh lớp 2/2 với câu chuyện “Sự tích bông hoa cúc trắng ”",
             "Thông qua cuộc thi, các em đã mang đến và truyền tải cho bạn đọc những cuốn sách những câu chuyện hay và đầy "
             "ý nghĩa nhân văn."]:
    P.para(line)
P.save_docx()
