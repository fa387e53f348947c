"""Thư viện trường THCS Phúc Diễn (Bắc Từ Liêm, Hà Nội): plan of the school's reading day,
March 2019. Numbered sections; the dates are two dash lines under "3. Thời gian thực hiện"
("- Bắt đầu từ ngày 28/3/2019" / "- Kết thúc ngày 01/4/2019"): one event from the first to the
second. The stored copy ends inside "5.1." (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-31-phucdien-library-reading-day-2019",
         source="http://thcsphucdien.pgdbactuliem.edu.vn/index.php?chucnang=view_chitiet&chudecode=6&baivietcode=220504",
         kind="library-plan", academic_year="2018-2019", batch="2026-12-07-vi-3")
P.para("KẾ HOẠCH NGÀY HỘI ĐỌC SÁCH", bold=True, center=True)
for line in [
    "Thực hiện sự chỉ đạo của Sở Giáo dục và Đào tạo Hà Nội về hướng dẫn công tác thư viện trường "
    "học năm học 2018-2019; Kế hoạch số 43/KH-PGD&ĐT ngày 21/8/2018 về công tác chỉ đạo công tác "
    "thư viện trường học năm học 2018-2019 của phòng GD&ĐT quận Bắc Từ Liêm; Kế hoạch nhiệm vụ năm "
    "học 2018- 2019 và tình hình thực tế hoạt động của đơn vị;; Thư viện trường THCS Phúc Diễn xây "
    "dựng kế hoạch tổ chức “Ngày hội đọc sách” như sau:",
    "I. MỤC ĐÍCH",
    "- Tuyên truyền, chào mừng, hưởng ứng “Ngày hội đọc sách” nhằm tôn vinh giá trị của sách và "
    "“Văn hóa đọc sách”.",
    "- Khuyến khích đưa phong trào đọc sách trở thành thói quen, nét đẹp văn hóa trong toàn thể  "
    "CB, GV, NV và học sinh trong toàn trường. Góp phần nâng cao trình độ, chất lượng đào tạo của "
    "nhà trường trong giai đoạn đất nước đổi mới và hội nhập.",
    "- Tạo ra một không gian, không khí trí tuệ và bổ ích từ đó thúc đẩy phong trào đọc sách trong "
    "toàn trường.",
    "II. NỘI DUNG",
    "1. Chủ đề: “Đọc sách là phương pháp học tập tốt nhất”",
    "2. Thành phần tham dự",
    "- Cán bộ, giáo viên, nhân viên và học sinh trong toàn trường.",
    "- Cha mẹ học sinh có điều kiện tham gia.",
    "3. Thời gian thực hiện",
    "- Bắt đầu từ ngày 28/3/2019",
    "- Kết thúc ngày 01/4/2019",
    "4. Ban chỉ đạo (có danh sách kèm theo)",
    "5. Nội dung hoạt động",
]:
    P.para(line)
P._add_event("Ngày hội đọc sách", ev("2019-03-28", "2019-04-01"))
P.save_docx()
