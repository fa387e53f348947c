"""Thư viện trường THCS Nguyễn Thị Minh Khai (Thanh Khê, Đà Nẵng): plan for the third
Vietnam Book Day, April 2016. No table: the one dated activity is a dash line that opens a
list of "+" items ("- Tổ chức trưng bày, triển lãm sách tại thư viện từ ngày 14 tháng 4 với
các nội dung:"), the year only in the reference to the district's letter ("… ngày 07 tháng
năm 2016"). The stored copy ends after the third "+" item."""
from vi_corpus import Plan, ev

P = Plan("vi-32-ntminhkhai-library-book-day-2016",
         source="http://thcsnguyenthiminhkhai.edu.vn/index.php/Chi_Tiet/NTMK/169/KE-HOACHTo-chuc-Ngay-sach-Viet-Nam-lan-thu-3",
         kind="library-plan", academic_year="2015-2016", batch="2026-12-07-vi-3")
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Tổ chức Ngày sách Việt Nam lần thứ 3", bold=True, center=True)
for line in [
    "Thực hiện công văn Số 295/PGDĐT-STB của Phòng Giáo dục và Đào tạo Quận Thanh Khê ngày 07 "
    "tháng năm 2016 về việc “tổ chức Ngày sách Việt Nam lần thứ 3”, Thư viện trường THCS Nguyễn "
    "Thị Minh Khai triển khai thực hiện kế hoạch cụ thể như sau:",
    "I. Mục đích, yêu cầu",
    "a) Mục đích",
    "- Xây dựng và phát triển phong trào đọc sách, hướng tới một xã hội học tập, một nét đẹp trong "
    "đời sống tinh thần của giáo viên, học sinh",
    "-Tôn vinh giá trị của sách, khẳng định vai trò, vị trí, tầm quan trọng của sách trong đời sống "
    "xã hội, xây dựng thói quen đọc sách, phát triển văn hóa đọc trong nhà trường",
    "b) Yêu cầu",
    "- Ngày sách Việt Nam lần thứ 3 phải huy động được sự tham gia của giáo viên, học sinh với các "
    "hoạt động phong phú, đa dạng.",
    "- Việc tổ chức Ngày sách Việt Nam lần thứ 3 đảm bảo trang trọng, thiết thưc, hiệu quả nhằm "
    "phát huy sức mạnh, sự hưởng ứng tích cực của cán bộ, giáo viên, học sinh tạo động lực góp "
    "phần nâng cao nhận thức của cộng đồng về văn hóa đọc.",
    "II. Nội dung hoạt động",
]:
    P.para(line)
P.item("- Tổ chức trưng bày, triển lãm sách tại thư viện từ ngày 14 tháng 4  với các nội dung:",
       ev("2016-04-14", title="Tổ chức trưng bày, triển lãm sách", location="thư viện"))
for line in ["+ Sách  hay về Bác Hồ, về danh nhân, về đất nước, về tâm lý học sinh",
             "+ Các loại sách hay, quý hiếm khác.",
             "+ Các loại sách mới xuất bản, sách song ngữ…"]:
    P.para(line)
P.save_docx()
