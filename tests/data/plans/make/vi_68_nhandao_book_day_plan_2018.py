"""Trường Tiểu học Nhân Đạo (Lý Nhân, Hà Nam): "KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM HỌC 2017 –
2018", No. 16/KH-THNĐ of 19 March 2018 (the document's date, no event), Word: the official header
as a two-column layout table, the grounds (the district's plan "ngày 11 tháng 3 năm 2018", no
event), aims, then "II. THỜI GIAN VÀ ĐỊA ĐIỂM" with label lines — "1. Thời gian tổ chức:" over
"7h30’ ngày 27 tháng 4 năm 2018." and "2. Địa điểm:" over "Tại trường Tiểu học Nhân Đạo" — and
"III. THÀNH PHẦN THAM GIA". One event, the reading day; the stored copy ends inside the list of
participants ("- Toàn th"; cut there)."""
from vi_corpus import Plan, ev

P = Plan("vi-68-nhandao-book-day-plan-2018",
         source="http://hanam.edu.vn/thnhandao/_content/tintuc/detailnews/_2056399616272976159.html",
         kind="library-plan", academic_year="2017-2018", batch="2026-12-07-vi-12")
P.para("Kế hoạch tổ chức Ngày hội đọc sách năm 2018", bold=True)
P.header(["PHÒNG GD & ĐT LÝ NHÂN", "TRƯỜNG TH NHÂN ĐẠO", "Số: 16/KH-THNĐ"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nhân Đạo, ngày 19 tháng 03 năm 2018"])
P.para("KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH", bold=True, center=True)
P.para("NĂM HỌC 2017 – 2018", bold=True, center=True)
for line in [
        "Thực hiện Kế hoạch số 240/KH- PGDĐT ngày 11 tháng 3 năm 2018 của Phòng Giáo dục và Đào tạo về Kế hoạch tổ "
        "chức ngày Sách Việt Nam;",
        "Căn cứ Kế hoạch hoạt động ngoài giờ lên lớp của trường năm học 2017-2018;",
        "Căn cứ Kế hoạch hoạt động thư viện của nhà trường năm học 2017-2018,",
        "I. MỤC ĐÍCH - YÊU CẦU", "1. Mục đích",
        "- Nâng cao các hoạt động thư viện với mục tiêu “ Xây dựng phong trào đọc sách có hiệu quả ”.",
        "- Đưa phong trào đọc sách trở thành thói quen, nét đẹp văn hóa trong toàn thể CB,GV,CNV và học sinh toàn "
        "trường.",
        "- Nhằm thu hút đông đảo giáo viên và học sinh của nhà trường tham gia Ngày hội đọc, qua đó tuyên truyền, giáo "
        "dục về việc đọc sách cũng như trân trọng, giữ gìn và bảo vệ sách. Góp phần nâng cao trình độ, chất lượng đào "
        "tạo của nhà trường.",
        "- Tạo ra một không gian học tập vui chơi, giải trí lành mạnh cho giáo viên và học sinh.",
        "2. Yêu cầu",
        "- Thu hút được sự tham gia đông đảo của toàn thể cán bộ giáo viên và toàn thể học sinh toàn trường.",
        "- Đảm bảo đúng nội dung, chất lượng, thiết thực, hiệu quả và tạo ra một không khí vui tươi.",
        "II. THỜI GIAN VÀ ĐỊA ĐIỂM", "1. Thời gian tổ chức:"]:
    P.para(line)
P.item("7h30’ ngày 27 tháng 4 năm 2018.",
       ev("2018-04-27", title="Ngày hội đọc sách", location="trường Tiểu học Nhân Đạo"))
for line in ["2. Địa điểm:", "Tại trường Tiểu học Nhân Đạo", "III. THÀNH PHẦN THAM GIA", "1. Thành phần",
             "- Lãnh đạo nhà trường.", "- Toàn th"]:
    P.para(line)
P.save_docx()
