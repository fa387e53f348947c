"""Sở GD&ĐT Hà Tĩnh, as published by Phòng GD-ĐT Đức Thọ: the schedule of the teaching rounds
of the province's contest for excellent lower-secondary teachers, 2013-2014. The table has no
timing column of its own: its two date columns are the two clusters, each headed by where it
meets ("Cụm phía Bắc (Tại Trường THCS Nam Hồng – TX Hồng Lĩnh)"), so every row is two events,
one per cluster and place. The closing ceremony is a sentence under the table."""
from vi_corpus import Plan, ev

P = Plan("vi-20-hatinh-gvdg-teaching-rounds-2014",
         source="http://pgdductho.edu.vn/vi/news/Tin-noi-bo/Thong-bao-cua-BTC-Hoi-thi-Giao-vien-day-gioi-THCS-cap-Tinh-ve-lich-thi-day-847/",
         kind="other", academic_year="2013-2014", batch="2026-12-07-vi-1")
P.para("Thông báo của BTC Hội thi Giáo viên dạy giỏi THCS cấp Tỉnh về lịch thi dạy", bold=True)
P.para("Thực hiện Kế hoạch số 1180/KH-SGDĐT-GDTrH, ngày 03/10/2013 của Sở Giáo dục và Đào tạo về "
       "việc tổ chức Hội thi giáo viên dạy giỏi THCS cấp tỉnh năm học 2013-2014 và kết quả thi "
       "viết, Sở thông báo danh sách giáo viên được tham gia thi dạy và kế hoạch chi tiết tổ chức "
       "thi dạy như sau:")
P.para("I. Danh sách giáo viên được tham gia thi dạy và các tiết dạy của Hội thi: Trong tệp gửi kèm")
P.para("II. Kế hoạch thi dạy:", bold=True)
NORTH, SOUTH = "Trường THCS Nam Hồng", "Trường THCS Nam Hà"
P.table(["", "Nội dung công việc",
         "Cụm phía Bắc (Tại Trường THCS Nam Hồng – TX Hồng Lĩnh)",
         "Cụm phía Nam (Tại Trường THCS Nam Hà – TP Hà Tĩnh)"])
P.row(["1", "Tổ chức bốc thăm bài dạy", "8 giờ ngày 17/02/2014", "8 giờ ngày 23/02/2014"],
      ev("2014-02-17", location=NORTH), ev("2014-02-23", location=SOUTH))
P.row(["2", "Xem thời khóa biểu các giờ dạy", "15 giờ ngày 18/02/2014", "15 giờ ngày 24/02/2014"],
      ev("2014-02-18", location=NORTH), ev("2014-02-24", location=SOUTH))
P.row(["3", "Thi dạy (thực hiện theo thời khóa biểu của Hội thi)",
       "Từ 7giờ ngày 19/02/2014 đến 10giờ 30 ngày 22/02/2014",
       "Từ 7giờ ngày 25/02/2014 đến 10giờ 30 ngày 28/02/2014"],
      ev("2014-02-19", "2014-02-22", title="Thi dạy", location=NORTH),
      ev("2014-02-25", "2014-02-28", title="Thi dạy", location=SOUTH))
P.row(["4", "Họp rút kinh nghiệm các giờ dạy (theo từng bộ môn, do chuyên viên Sở chủ trì)",
       "14giờ ngày 22/02/2014", "14giờ ngày 28/02/2014"],
      ev("2014-02-22", title="Họp rút kinh nghiệm các giờ dạy", location=NORTH),
      ev("2014-02-28", title="Họp rút kinh nghiệm các giờ dạy", location=SOUTH))
P.item("III. Tổng kết Hội thi: Lễ tổng kết Hội thi giáo viên dạy giỏi THCS cấp tỉnh năm học "
       "2013-2014 sẽ tổ chức vào 14 giờ ngày 03/3/2014. Sở sẽ có giấy mời dự Lễ tổng kết Hội thi "
       "đến các đại biểu (Trên Website của Sở).", ev("2014-03-03", title="Lễ tổng kết Hội thi"))
P.para("Phòng GD-ĐT")
P.save_docx()
