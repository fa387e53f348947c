"""THCS Mỹ An Hưng A (Lấp Vò, Đồng Tháp): plan for Vietnam Book and Reading Culture Day 2022.
The activities are listed without dates under "NỘI DUNG HOẠT ĐỘNG"; their time comes later,
once, under "TỔ CHỨC THỰC HIỆN" ("Thời gian: Từ 21/4/2022 đến 29/4/2022."), followed by the
participants and the form — numbered like the activities but not events. The web copy
flattened Word's outline numbering ("1. MỤC ĐÍCH YÊU CẦU:" / "2. Mục đích:" / "1. Yêu
cầu:"), kept here as published. The stored copy ends inside the first dash line of
"Hình thức" (dropped)."""
from vi_corpus import Plan, ev

P = Plan("vi-11-myanhunga-book-day-2022",
         source="http://thcsmyanhunga.pgdlapvo.edu.vn/to-chuc-ngay-sach-va-van-hoa-doc-viet-nam-nam-2022/",
         kind="event-plan", academic_year="2021-2022")
P.header(["UBND HUYỆN LẤP VÒ", "TRƯỜNG THCS  MỸ AN HƯNG A", "Số: /KH- THCSMAHA"],
         ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Mỹ An Hưng A, ngày 19 tháng 04 năm 2022"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2022", bold=True, center=True)
P.para("Căn cứ Kế hoạch số 466/KH-PGDĐT ngày 15 tháng 4 năm 2022 của Phòng Giáo dục và Đào tạo Lấp Vò về việc tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2022;")
P.para("Trường THCS Mỹ An Hưng A xây dựng kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2022, cụ thể như sau:")
P.para("1. MỤC ĐÍCH YÊU CẦU:", bold=True)
P.para("2. Mục đích:")
P.para("Nhằm nâng cao nhận thức về văn hóa đọc, khơi dậy lòng yêu sách, hình thành thói quen đọc sách, ý thức tự học, học tập suốt đời của cán bộ, giáo viên, nhân viên và học sinh của trường.")
P.para("1. Yêu cầu:")
P.para("Tổ chức ngày hội đọc sách và trưng bày sách đảm bảo an toàn phòng chống dịch bệnh.")
P.para("Ngày sách và văn hóa đọc Việt Nam được tổ chức với nội dung thiết thực, hiệu quả, nhằm tạo hứng thú và hưởng ứng nhiệt tình của cán bộ, giáo viên, nhân viên và học sinh trong nhà trường.")
P.para("1. NỘI DUNG HOẠT ĐỘNG:", bold=True)
SPAN = ("2022-04-21", "2022-04-29")
P.item("2. Tuyên truyền ý nghĩa của ngày sách Việt Nam 21/4.", ev(*SPAN),
       title="Tuyên truyền ý nghĩa của ngày sách Việt Nam")
P.item("3. Tổ chức trưng bày giới thiệu sách tại thư viện.", ev(*SPAN),
       title="Tổ chức trưng bày giới thiệu sách tại thư viện")
P.item("4. Phát động học sinh tham gia viết cảm nhận về một cuốn sách mà em yêu thích.", ev(*SPAN),
       title="Phát động học sinh tham gia viết cảm nhận")
P.para("III. TỔ CHỨC THỰC HIỆN:", bold=True)
P.para("1. Thời gian: Từ 21/4/2022 đến 29/4/2022.")
P.para("2. Thành phần: Cán bộ, giáo viên, nhân viên và học sinh toàn trường.")
P.para("3. Hình thức :")
P.para("– Thư viện tham mưu với Ban giám hiệu kế hoạch, kinh phí cho các hoạt động hưởng ứng Ngày sách Việt Nam 21/4.")
P.save_docx()
