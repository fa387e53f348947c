"""Thư viện tỉnh Hậu Giang: book exhibition for the 77th anniversary of the August Revolution and
National Day, 2022, as the national library department's site reported it (the stored copy begins
with the exhibition's sentence). One event inside the first sentence: "Triển lãm diễn ra từ ngày
31/8 đến hết ngày 02/9/2022 tại hai địa điểm: Khu Di tích Chiến thắng Chương Thiện … và Đền thờ
Bác Hồ …" — a span with the month once on the start, two places. Later paragraphs name the
themes ("Cách mạng tháng Tám và Quốc khánh 2/9" — an anniversary, no date of the event). The
stored copy ends inside the last image caption (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-61-haugiang-library-national-day-exhibition-2022",
         source="https://vuthuvien.bvhttdl.gov.vn/hau-giang-thu-vien-tinh-to-chuc-ky-niem-77-nam-cach-mang-thang-tam-19-8-1945-19-8-2022-va-quoc-khanh-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam-02-9-1945-02-9-2022/",
         kind="library-plan", academic_year="2022-2023", batch="2026-12-07-vi-11")
P.item("Triển lãm diễn ra từ ngày 31/8 đến hết ngày 02/9/2022 tại hai địa điểm: Khu Di tích Chiến thắng Chương Thiện "
       "đường Trần Hưng Đạo, phường V, thành phố Vị Thanh và Đền thờ Bác Hồ thuộc xã Lương Tâm, huyện Long Mỹ, tỉnh "
       "Hậu Giang.",
       ev("2022-08-31", "2022-09-02", title="Triển lãm", location="Khu Di tích Chiến thắng Chương Thiện"))
for line in [
    "Tại Đền thờ Bác Hồ, Thư viện triển lãm 2.000 quyển sách bằng xe Thư viện lưu động với các chủ đề: Sách về Cách "
    "mạng tháng Tám và Quốc khánh 2/9; Chuyên đề về tư tưởng, đạo đức, phong cách Hồ Chí Minh và thực hiện Di chúc của "
    "Người; Sách về Cuộc đời và sự nghiệp của Đại tướng Võ Nguyên Giáp; Sách thiếu nhi; Sách mới các lĩnh vực. Bên cạnh "
    "đó, Thư viện còn phục vụ máy tính có kết nối internet được trang bị theo xe và trình chiếu các thước phim tư liệu "
    "về ngày Cách mạng tháng Tám và Quốc khánh 2/9. Tổ chức các trò chơi bổ ích về sách như Đuổi hình bắt chữ, tìm hiểu "
    "ca dao tục ngữ,… Ngoài ra, trên trang thông tin điện tử của thư viện, Thư viện đã tổ chức triển lãm online 50 "
    "quyển sách về chủ đề Cách mạng tháng Tám và Quốc khánh 2/9 nhằm tạo điều kiện cho bạn đọc tìm hiểu về sách nhưng "
    "không thể đến trực tiếp Thư viện hoặc các điểm triển lãm.",
    "Kết thúc các hoạt động, Thư viện đã thu hút hơn 3.000 lượt bạn đọc tham quan trực tiếp và trực tuyến, góp phần "
    "tuyên truyền sâu rộng về ý nghĩa lịch sử của Cách mạng tháng Tám và Quốc khánh 2/9.",
    "Một số hình ảnh của hoạt động:",
    "Triển lãm sách tại Đền thờ Bác Hồ, xã Lương Tâm, huyện Long Mỹ",
    "Tổ chức các trò chơi bổ ích về sách",
]:
    P.para(line)
P.save_docx()
