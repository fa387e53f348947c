"""THCS Nguyễn Thị Định (Quận 2, TP.HCM): library plan for October ("THÁNG 10", no year in
the title; the date line "Nguyễn Thị Định, ngày 28 tháng 9 năm 2016" gives it). No table:
eight numbered paragraphs, no timing or responsible cells, so every task spans October 2016.
Items 5 and 6 name other days (20/10, 20/11) as the occasion, not as the date of the task.
The signature block (BGH DUYỆT / CÁN BỘ THƯ VIỆN / HÀN THỊ HẢI) is a layout table."""
from vi_corpus import Plan, ev

P = Plan("vi-02-nguyenthidinh-library-october-2016",
         source="https://thcsnguyenthidinh.hcm.edu.vn/bo-phan-thiet-bi-thu-vien/ke-hoach-hoat-dong-thu-vien-thang-10-2016/ct/89448/454970",
         kind="month-plan", academic_year="2016-2017")
P.header(["PHÒNG GIÁO DỤC & ĐÀO TẠO QUẬN 2", "TRƯỜNG THCS", "NGUYỄN THỊ ĐỊNH.", "Số 02 KH - TV"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Nguyễn Thị Định, ngày 28 tháng 9 năm 2016"])
P.para("KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10", bold=True, center=True)
OCT = ("2016-10-01", "2016-10-31")
items = [
    "Tổng vệ sinh thư viện, sắp xếp lại bàn ghế, kho sách phục vụ cho bạn đọc tìm sách dễ dàng.",
    "Tham mưu với BGH nhà trường dự trù kinh phí mua sách phục vụ cho giáoviên và học sinh.",
    "Làm nghiệp vụ sách mới mua, sắp xếp lên kệ, giới thiệu sách mới cho thầy cô và các em học sinh.",
    "Giới thiệu sách mới theo chủ điểm tháng để thầy cô và các em học sinh tham khảo.",
    "Tổ chức cho các em học sinh thi kể chuyện về ngày 20/10 Ngày thành lập Hội Liên Hiệp Phụ Nữ Việt Nam.",
    "Tổ chức cho tất cả các khối lớp tham gia làm thiệp nhân ngày 20/11 Ngày Nhà Giáo Việt Nam.",
    "Tổ chức cho học sinh đọc, mượn sách tại thư viện theo lịch.",
    "Tiếp tục mã hóa dán nhãn sách.",
]
for i, t in enumerate(items, 1):
    P.item(f"{i}. {t}", ev(*OCT), title=t)
P.para("")
P.header(["BGH", "DUYỆT"], ["CÁN BỘ THƯ VIỆN", "", "", "HÀN THỊ HẢI"])
P.save_docx()
