"""Thư viện tỉnh Lạng Sơn: a display of books and papers for the 4th Vietnam Book and Reading
Culture Day and the 50th anniversary of the liberation of the South, 2025, as a news site carried
it. The title line, then one dash sentence with the event: "- Từ ngày 17/4 đến 10/5, Thư viện tỉnh
Lạng Sơn tổ chức gian trưng bày, xếp sách nghệ thuật … lần thứ 4 năm 2025, kỷ niệm 50 năm … (30/4/1975
– 30/4/2025)." — a span with no year, the year named later in the sentence, and an anniversary
span in brackets (no event). Paragraphs about the books follow."""
from vi_corpus import Plan, ev

P = Plan("vi-62-langson-library-book-day-display-2025",
         source="http://www.tinbong247.org/thu-vien-tinh-trung-bay-sach-bao-huong-ung-ngay-sach-va-van-hoa-doc-viet-nam-lan-thu-4-va-ky-niem-50-nam-ngay-giai-phong-mien-nam-5044350.html",
         kind="library-plan", academic_year="2024-2025", batch="2026-12-07-vi-11")
P.para("Thư viện tỉnh: Trưng bày sách, báo hưởng ứng Ngày sách và Văn hóa đọc Việt Nam lần thứ 4 và kỷ niệm 50 năm Ngày "
       "giải phóng miền Nam", bold=True)
P.item("- Từ ngày 17/4 đến 10/5, Thư viện tỉnh Lạng Sơn tổ chức gian trưng bày, xếp sách nghệ thuật hưởng ứng Ngày sách "
       "và Văn hóa đọc Việt Nam lần thứ 4 năm 2025, kỷ niệm 50 năm Ngày giải phóng miền Nam thống nhất đất nước "
       "(30/4/1975 – 30/4/2025).",
       ev("2025-04-17", "2025-05-10", title="gian trưng bày", location="Thư viện tỉnh Lạng Sơn"))
for line in [
    "Với trên 1.000 đầu sách, báo, gian trưng bày tập trung giới thiệu tới độc giả các cuốn sách, tư liệu gắn liền với "
    "tiến trình của cuộc cách mạng giải phóng dân tộc, thống nhất nhất nước như: Đại Thắng mùa Xuân năm 1975; hỏi đáp "
    "về lịch sử cách mạng Việt Nam; cuốn sách \"Học Chủ tịch Hồ Chí Minh\" …",
    "Các cuốn sách được trưng bày đa dạng về thể loại từ sách nghiên cứu, truyện, thơ đến tiểu thuyết… Tại gian trưng "
    "bày, các cuốn sách cũng được xếp nghệ thuật với nhiều hình bắt mắt như: hình số 30/4, hình hoa…",
    "Thông qua hoạt động trưng bày, góp phần tuyên truyền đến người dân về ý nghĩa, vai trò và giá trị to lớn của thắng "
    "lợi mà quân và dân ta đã trải qua bao gian khổ, hy sinh để giành độc lập, thống nhất đất nước; đồng thời khơi dậy "
    "tình yêu sách trong cộng đồng, đặc biệt là thế hệ trẻ. Đây cũng là dịp để các cơ quan, trường học, tổ chức và cá "
    "nhân cùng chung tay lan tỏa văn hóa đọc, góp phần xây dựng một xã hội học tập và phát triển bền vững.",
]:
    P.para(line)
P.save_docx()
