"""Trường THCS Huỳnh Thúc Kháng (Đà Nẵng), its notice "KẾ HOẠCH CHO NGÀY TỰU TRƯỜNG VÀ LỄ KHAI GIẢNG
NĂM HỌC MỚI 2025 - 2026", as Word paragraphs: three "Căn cứ …" lines naming documents and their
dates (no events), then "1. Lịch tựu trường" with lettered day lines ("a) Ngày 28 tháng 8 năm 2025
(Thứ năm)") each followed by dash lines of grades and hours, and "2. Lễ Khai giảng" with two
lettered ways of taking part, each with a "- Thời gian: Từ 7h15 - 8h00 ngày 5 tháng 9 năm 2025" line."""
from vi_corpus import Plan, ev

P = Plan("vi-76-huynhthuckhang-back-to-school-2025",
         source="https://huynhthuckhangdn.edu.vn/index.php/thong-bao/thong-bao-cua-nha-truong/2216-2025-08-27-02-19-53",
         kind="event-plan", academic_year="2025-2026", batch="2026-12-07-vi-15")
P.para("KẾ HOẠCH CHO NGÀY TỰU TRƯỜNG VÀ LỄ KHAI GIẢNG NĂM HỌC MỚI 2025 - 2026", bold=True)
for line in [
        "Căn cứ Công văn số 722/SGDĐT-VP ngày 21 tháng 8 năm 2025 của Sở Giáo dục và Đào tạo thành phố Đà Nẵng về việc "
        "tổ chức Lễ Khai giảng năm học 2025-2026 gắn với kỉ niệm 80 năm thành lập Bộ Quốc gia Giáo dục - Xem tại đây",
        "Căn cứ Quyết định số 1093/QĐ-UBND ngày 22 tháng 8 năm 2025 của Ủy ban nhân dân thành phố Đà Nẵng về việc ban "
        "hành Kế hoạch thời gian nămhọc 2025 - 2026 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục thường "
        "xuyên - Xem tại đây",
        "Căn cứ tình hình thực tế trường THCS Huỳnh Thúc Kháng xây dựng kế hoạch tựu trường và Lễ Khai giảng năm học "
        "2025-2026 gắn với kỉ niệm 80 năm thành lập Bộ Quốc gia Giáo dục như sau: (Chi tiết kế hoạch của nhà trường - "
        "Xem tại đây)"]:
    P.para(line)
P.para("1. Lịch tựu trường")
P.para("a) Ngày 28 tháng 8 năm 2025 (Thứ năm)")
P.item("- Khối lớp 6: Từ 7h30 - 9h30", ev("2025-08-28", title="Khối lớp 6"))
P.para("b) Các ngày 29 tháng 8 năm 2025 (Thứ sáu)")
P.item("- Buổi sáng: khối 7 và khối 9: từ 7h30 - 9h00", ev("2025-08-29", title="khối 7 và khối 9"))
P.item("- Buổi chiều: khối 6 và khối 8: từ 14h00 - 15h30", ev("2025-08-29", title="khối 6 và khối 8"))
P.para("c) Ngày 04 tháng 9 năm 2025")
P.item("- Duyệt chương trình Khai giảng ", ev("2025-09-04", title="Duyệt chương trình Khai giảng"))
P.para("- Khối 6, Khối 7, Khối 8, Khối 9: Từ 7h30 - 9h30")
P.para("2. Lễ Khai giảng")
P.item("a) Tổ chức trực tiếp", ev("2025-09-05", title="Tổ chức trực tiếp"))
P.para("- Thời gian: Từ 7h15 - 8h00 ngày 5 tháng 9 năm 2025")
P.item("b) Dự trực tuyến chương trình do Bộ Giáo dục tổ chức",
       ev("2025-09-05", title="Dự trực tuyến chương trình do Bộ Giáo dục tổ chức"))
P.para("- Thời gian: Từ 8h00 đến 9h30 ngày 5 tháng 9 năm 2025")
P.para("Thông báo")
P.save_docx()
