"""Liên đội Trường Tiểu học Lương Thế Vinh (Kon Tum), "Kế hoạch công tác đội – sao tháng 09 năm 2013",
as Word paragraphs: the site's title and teaser, the team's header beside "Kon Tum, ngày 03 tháng 09
năm 2013" (the date it was written), the plan's title, the month's theme, song, dance and games and
the grades' programme lines ("+ Khối 1: Con ngoan": no events), then "1/ Sinh hoạt chủ điểm trong
tháng:" and dash lines, each a task of September 2013, one with its own day in brackets "(22/09/2013
vào tiết sinh hoạt lớp)". The stored copy is cut in the last line (left out)."""
from vi_corpus import Plan, ev, title_prefix

P = Plan("vi-79-luongthevinh-kontum-team-september-2013",
         source="http://luongthevinh.kontumcity.edu.vn/tin-tuc-su-kien/hoat-dong-doi/ke-hoach-thang-9-nam-hoc-2013-2014.html",
         kind="month-plan", academic_year="2013-2014", batch="2026-12-07-vi-15")
SEPT = dict(start="2013-09-01", end="2013-09-30")
P.para("Kế hoạch tháng 9 năm học 2013-2014", bold=True)
P.para("Kế hoạch công tác đội – sao tháng 09 năm 2013 * Chủ điểm tháng: Truyền thống nhà trường * Bài hát trong tháng: "
       "Ngày hội toàn thắng. * Bài múa trong tháng: Các bài múa dân vũ. * Trò chơi: Các trò chơi dân gian: * Chương "
       "trình RLĐV&DBĐV + Khối 1: Con ngoan + Khối 2:V...")
P.para("ĐỘI TNTP HỒ CHÍ MINH")
P.para("LIÊN ĐỘI TR. TIỂU HỌC LƯƠNG THẾ VINH")
P.para("***                                 Kon Tum, ngày 03 tháng 09 năm 2013")
P.para("Kế hoạch công tác đội – sao tháng 09 năm  2013", bold=True, center=True)
for line in ["* Chủ điểm tháng: Truyền thống nhà trường", "* Bài hát trong tháng: Ngày hội toàn thắng.",
             "* Bài múa trong tháng: Các bài múa dân vũ.", "* Trò chơi: Các trò chơi dân gian:",
             "* Chương trình RLĐV&DBĐV", "+ Khối 1: Con ngoan", "+ Khối 2:Vệ sinh sạch sẽ",
             "+ Khối 3: Cần biết khi ra đường", "+ Khối 4&5: An toàn giao thông"]:
    P.para(line)
P.para("1/ Sinh hoạt chủ điểm trong tháng:")
for line in ["- Giáo dục ý nghĩa truyền thống cho học sinh ngày CM tháng 8 và Quốc khánh 2/9",
             "- Học sinh học nội qui của học sinh",
             "- Thực hiện tuần lễ “Kỉ luật học đường”",
             "- Học sinh tham gia dự lễ khai giảng năm học mới và tham gia trò chơi phần hội.",
             "- Phát động tháng an toàn giao thông.",
             "- Bầu BCH Liên đội tạm thời điều hành Liên đội."]:
    P.item(line, ev(**SEPT, title=title_prefix(line[2:].rstrip('.'), 40)))
P.item("- Các lớp tiến hành đại hội chi đội – lớp nhi đồng, bầu ra BCH chi đội, lớp nhi đồng bầu ra ban cán sự lớp. "
       "(22/09/2013 vào tiết sinh hoạt lớp)", ev("2013-09-22", title="Các lớp tiến hành đại hội chi đội"))
P.item("- Thực hiện làm vệ sinh trường lớp, chăm sóc công trình măng non (Vườn cây thuốc nam).",
       ev(**SEPT, title="Thực hiện làm vệ sinh trường lớp"))
P.para("- Ổn định mọi vệ sinh trường l")
P.save_docx()
