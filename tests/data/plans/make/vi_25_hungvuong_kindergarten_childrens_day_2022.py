"""Trường mầm non Hùng Vương (Hồng Bàng, Hải Phòng): programme of Children's Day and the
leaving ceremony of the five-year-olds, 2021-2022. Two dated dash lines under "1. Thời gian
tổ chức" (a rehearsal and the day), then the tasks of each part of the school, the invited
bodies of the ward (the police among them) and the running order. The stored copy ends inside
the running order (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-25-hungvuong-kindergarten-childrens-day-2022",
         source="https://mnhungvuong.haiphong.edu.vn/thong-bao/thong-bao-chuong-trinh-to-chuc-vui-tet-thieu-nhi-16-va-le-ra-truong-cho-cac-be/vbct/13960/8234",
         kind="kindergarten-plan", academic_year="2021-2022", batch="2026-12-07-vi-2")
P.para("Thông báo chương trình tổ chức vui Tết thiếu nhi 1/6 và Lễ ra trường cho các bé",
       bold=True, center=True)
P.para("Thực hiện chỉ đạo của phòng Giáo dục và Đào tạo quận Hồng Bàng về việc tổ chức tốt ngày "
       "hội, ngày lễ cho các cháu năm học 2021-2022, trường mầm non Hùng Vương xây dựng kế hoạch "
       "tổ chức: “Tết thiếu nhi 1/6 và Lễ ra trường cho các bé 5 tuổi năm học 2021-2022”, cụ thể "
       "như sau:")
P.para("I. MỤC ĐÍCH YÊU CÇU", bold=True)
P.para("- Tuyên truyền chất lượng giáo dục của nhà trường cho phụ huynh và nhân dân trên địa bàn "
       "phường Hùng Vương, truyên truyền giáo dục phổ biến về bảo vệ, chăm sóc, giáo dục trẻ em tới "
       "các tầng lớp nhân dân.")
P.para("- Tạo không khí vui tươi phấn khởi, biết ý nghĩa ngày Tết thiếu nhi cho các cháu trong trường.")
P.para("- Trẻ 5 tuổi thể hiện tình cảm của mình khi xa trường, lớp mầm non, tạo tâm thế cho các bé 5 "
       "tuổi vào lớp 1.")
P.para("I. NỘI DUNG KẾ HOẠCH", bold=True)
P.para("1. Thời gian tổ chức")
P.item("- Tổng duyệt chương trình: 25/5/2022.", ev("2022-05-25", title="Tổng duyệt chương trình"))
PARTNERS = ["PGD quận Hồng Bàng", "Ban đại diện cha mẹ trẻ em"]
P.item("- Thời gian tổ chức “Tết thiếu nhi và Lễ ra trường cho các bé 5 tuổi”: 27/5/2022.",
       ev("2022-05-27", title="Tết thiếu nhi và Lễ ra trường", partners=PARTNERS))
P.para("2. Phân công chuẩn bị")
for line in [
    "- Tổng duyệt, sắp xếp vị trí tổ chức: BGH, đội văn nghệ.",
    "- Chương trình: Tổ chức Tết thiếu nhi 01/6 và lễ ra trường cho các cháu 5 tuổi - Năm học "
    "2021–2021: PHT 1.",
    "- Trang trí, kê bàn, bóng bay: Bộ phận HC.",
    "- Loa đài, đàn nhạc: Chi đoàn thanh niên.",
    "- Tiếp khách: Các đ/c BGH.",
    "- Giấy mời: Hành chính.",
    "- Dẫn Chương trình",
    "- Trang phục CBGVNV: đồng phục theo quy định.",
    "- Đại biểu mời:",
    "+ PGD quận Hồng Bàng.",
    "+ Đảng uỷ, UBND, MTTQ, Công an, Hội phụ nữ, Đoàn thanh niên phường Hùng Vương.",
    "+ Ban đại diện cha mẹ trẻ em của trường.",
]:
    P.para(line)
P.para("3. Chương trình")
P.para("- Tuyên bố lí do, giới thiệu đại biểu.")
P.para("- Đại biểu tặng hoa và quà cho các cháu và nhà trường.")
P.save_docx()
