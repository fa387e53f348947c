"""Trường Mầm non Đông Giang (Đông Hưng, Thái Bình): planned topics ("Dự kiến các chủ đề") for
2018-2019, one table per age group. Each topic row gives its span as a day range, some across
the new year ("17/12 - 12/01/2019"), with the year only on the end; the Tết holiday and the
pre-term preparation are rows of their own; "Độ tuổi 13 - 24 tháng" is an age, not a date.
The stored copy ends inside row 9 of the second table (dropped)."""
from vi_corpus import Plan, ev

P = Plan("vi-06-donggiang-kindergarten-topics-2018",
         source="http://mndonggiang.pgddonghung.edu.vn/ke-hoach-chuyen-mon/du-kien-cac-chu-de-va-thoi-gian-thuc-hien-chu-de",
         kind="other", academic_year="2018-2019", title_col=1)
P.para("DỰ KIẾN CÁC CHỦ ĐỀ (THÁNG)", bold=True, center=True)
P.para("* Độ tuổi 13 - 24 tháng", bold=True)
P.table(["STT", "NỘI DUNG", "SỐ TUẦN THỰC HIỆN", "TUẦN CM", "THỜI GIAN THỰC HIỆN"])
first = [
    ("", "Chuẩn bị khai giảng", "", "", "17/8 - 8/9/2018", "2018-08-17", "2018-09-08"),
    ("1", "Bé và các bạn", "3", "1 - 3", "10/09 - 29/09/2018", "2018-09-10", "2018-09-29"),
    ("2", "Các cô các bác trong nhà trẻ", "3", "4 - 6", "01/10 - 20/10/2018", "2018-10-01", "2018-10-20"),
    ("3", "Đồ dùng đồ chơi của bé", "4", "7 - 10", "22/10 - 17/11/2018", "2018-10-22", "2018-11-17"),
    ("4", "Cây và những bông hoa đẹp", "4", "11 - 14", "19/11 - 15/12/2018", "2018-11-19", "2018-12-15"),
    ("5", "Những con vật đáng yêu", "4", "15 -18", "17/12 - 12/01/2019", "2018-12-17", "2019-01-12"),
    ("6", "Ngày tết vui vẻ", "3", "19 - 21", "14/01 – 02/02/2019", "2019-01-14", "2019-02-02"),
    ("", "Tết nguyên đán", "", "", "04/02 – 09/02/2019", "2019-02-04", "2019-02-09"),
    ("7", "Mẹ và những người thân yêu của bé", "4", "22 - 25", "11/02 - 09/03/2019", "2019-02-11", "2019-03-09"),
    ("8", "Có thể đi khắp nơi bằng phương tiện nào?", "4", "26 - 29", "11/03 - 06/04/2019", "2019-03-11", "2019-04-06"),
    ("9", "Mựa hè đến rồi", "3", "30 - 32", "08/04 - 27/04/2019", "2019-04-08", "2019-04-27"),
    ("10", "Đồ dùng đồ chơi của bé", "1", "33", "29/04 - 04/05/2019", "2019-04-29", "2019-05-04"),
    ("", "Những con vật gần gũi đáng yêu", "1", "34", "06/05 - 11/05/2019", "2019-05-06", "2019-05-11"),
    ("", "Cây và những bông hoa đẹp", "1", "35", "13/05 - 18/05/2019", "2019-05-13", "2019-05-18"),
    ("", "Ôn tập cuối năm + Trường kiểm tra đánh giá", "", "", "20/05 - 25/05/2019", "2019-05-20", "2019-05-25"),
]
for *cells, s, e in first:
    P.row(cells, ev(s, e))
P.para("")
P.para("*. Độ tuổi 24 - 36 tháng", bold=True)
P.table(["STT", "CHỦ ĐỀ", "SỐ TUẦN THỰC HIỆN", "TUẦN CM", "THỜI GIAN THỰC HIỆN"])
second = [
    ("", "Chuẩn bị khai giảng", "", "", "17/8 - 8/9/2018", "2018-08-17", "2018-09-08"),
    ("1", "Bé và các bạn", "3", "1 - 3", "10/09 - 29/09/2018", "2018-09-10", "2018-09-29"),
    ("2", "Các cô các bác trong nhà trẻ", "3", "4 - 6", "01/10 - 20/10/2018", "2018-10-01", "2018-10-20"),
    ("3", "Đồ dùng đồ chơi của bé", "4", "7 - 10", "22/10 - 17/11/2018", "2018-10-22", "2018-11-17"),
    ("4", "Cây và những bông hoa đẹp", "4", "11 - 14", "19/11 - 15/12/2018", "2018-11-19", "2018-12-15"),
    ("5", "Những con vật đáng yêu", "4", "15 -18", "17/12 - 12/01/2019", "2018-12-17", "2019-01-12"),
    ("6", "Ngày tết vui vẻ", "3", "22 -23", "14/01 - 02/02/2019", "2019-01-14", "2019-02-02"),
    ("", "Tết nguyên đán", "", "", "04/02 - 09/02/2019", "2019-02-04", "2019-02-09"),
    ("7", "Mẹ và những người thân yêu của bé", "4", "22 - 25", "11/02 - 09/03/2019", "2019-02-11", "2019-03-09"),
    ("8", "Có thể đi khắp nơi bằng phương tiện nào?", "4", "26 - 29", "11/03 - 06/04/2019", "2019-03-11", "2019-04-06"),
]
for *cells, s, e in second:
    P.row(cells, ev(s, e))
P.save_docx()
