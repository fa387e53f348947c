"""Ministry of Education's plan for the 9th national Phù Đổng school games (Hội khỏe Phù Đổng),
2016, as a provincial newspaper republished it (from Chinhphu.vn), saved from Word as text: a
paragraph a line. The plan's events are inside running sentences: each regional round "Khu vực
I được tổ chức tại tỉnh Phú Thọ, thời gian từ ngày 22-29/4/2016." (a place and a day range with
the month once), its opening and closing in the next sentence ("Lễ Khai mạc diễn ra vào ngày
26/4/2016; Lễ Bế mạc ngày 29/4." — the second day with no year), other rounds "… tổ chức tại
tỉnh Nam Định từ ngày 20-29/4/2016", and the national round in two provinces in one sentence
("… tại tỉnh Thanh Hóa trong thời gian từ ngày 20-28/7/2016 và tại tỉnh Nghệ An từ ngày
01-10/8/2016"), whose opening and closing follow. Counts of sports and teams are no dates."""
from vi_corpus import Plan, ev

P = Plan("vi-50-hkpd-national-school-games-2016",
         source="http://baodaknong.org.vn/the-thao-trong-nuoc/to-chuc-hoi-khoe-phu-dong-toan-quoc-lan-thu-ix-nam-2016-44202.html",
         kind="event-programme", academic_year="2015-2016", batch="2026-12-07-vi-7")
P.para("Tổ chức Hội khỏe Phù Đổng toàn quốc lần thứ IX năm 2016")
P.para("Cập nhật ngày: 16/03/2016 | 08:52 GMT+7")
P.para("Bộ Giáo dục và Đào tạo vừa ban hành Kế hoạch tổ chức Hội khỏe Phù Đổng toàn quốc lần thứ IX năm 2016.")
P.para("Theo đó, ở cấp khu vực Hội khỏe được tổ chức theo 5 khu vực.")
P.item("Khu vực I được tổ chức tại tỉnh Phú Thọ, thời gian từ ngày 22-29/4/2016. Lễ Khai mạc diễn ra vào "
       "ngày 26/4/2016; Lễ Bế mạc ngày 29/4.",
       ev("2016-04-22", "2016-04-29", title="Khu vực I", location="Phú Thọ"),
       ev("2016-04-26", title="Lễ Khai mạc", location="Phú Thọ"),
       ev("2016-04-29", title="Lễ Bế mạc", location="Phú Thọ"))
P.para("Tổng số môn thể thao tổ chức thi đấu là 12 môn (10 môn thể thao quy định tại Điều lệ và 02 môn "
       "thể thao đặc trưng khu vực: Bắn nỏ và Vật dân tộc) với 13 đơn vị tham dự.")
P.item("Khu vực II tổ chức tại tỉnh Nam Định từ ngày 20-29/4/2016. Tổng số môn thể thao tổ chức thi đấu "
       "gồm 10 môn thể thao quy định tại Điều lệ với 12 đơn vị tham dự.",
       ev("2016-04-20", "2016-04-29", title="Khu vực II", location="Nam Định"))
P.item("Khu vực III tổ chức tại tỉnh Thanh Hóa từ ngày 10-20/4/2016. Tổng số môn thể thao tổ chức thi "
       "đấu là 10 môn thể thao quy định tại Điều lệ với 12 đơn vị tham dự.",
       ev("2016-04-10", "2016-04-20", title="Khu vực III", location="Thanh Hóa"))
P.item("Khu vực IV tổ chức tại tỉnh Bình Dương từ ngày 12-21/4/2016 có 13 đơn vị tham dự với 10 môn thể "
       "thao quy định tại Điều lệ và 02 môn thể thao đặc trưng khu vực: Kéo co và Judo.",
       ev("2016-04-12", "2016-04-21", title="Khu vực IV", location="Bình Dương"))
P.item("Khu vực V tổ chức tại thành phố Cần Thơ từ ngày 16-25/4/2016 có 13 đơn vị tham dự.",
       ev("2016-04-16", "2016-04-25", title="Khu vực V", location="Cần Thơ"))
P.item("Ở cấp toàn quốc, Hội khỏe Phù Đổng được tổ chức tại tỉnh Thanh Hóa trong thời gian từ ngày "
       "20-28/7/2016 và tại tỉnh Nghệ An từ ngày 01-10/8/2016. Lễ Khai mạc vào ngày 01/8 và Lễ Bế mạc "
       "vào ngày 10/8/2016.",
       ev("2016-07-20", "2016-07-28", title="Hội khỏe Phù Đổng", location="Thanh Hóa"),
       ev("2016-08-01", "2016-08-10", title="Hội khỏe Phù Đổng", location="Nghệ An"),
       ev("2016-08-01", title="Lễ Khai mạc", location="Nghệ An"),
       ev("2016-08-10", title="Lễ Bế mạc", location="Nghệ An"))
P.para("Nguồn Chinhphu.vn")
P.save_txt()
