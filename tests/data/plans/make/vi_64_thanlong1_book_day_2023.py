"""Trường Tiểu học Thanh Long 1 (Tam Nông): "Tổ chức ngày hội đọc sách", a short news post of
the school library, Word paragraphs. One sentence dates the day and its hour ("Vào lúc 8 giờ ngày
21/4/2023 Thư viện tổ chức ngày hội đọc sách gồm các hoạt động:") over four undated activity
lines (parts of that day, not events of their own); then its purpose (the national Book Day
"21/4", no second event) and the reporter's name line."""
from vi_corpus import Plan, ev

P = Plan("vi-64-thanlong1-book-day-2023",
         source="http://thanlong1.pgdtamnong.edu.vn/to-chuc-ngay-hoi-doc-sach-huong-ung-ngay-sach-viet-nam-214",
         kind="library-plan", academic_year="2022-2023", batch="2026-12-07-vi-12")
P.item("Nhằm đẩy mạnh phong trào đọc sách, xây dựng văn hoá đọc trong nhà trường.Vào lúc 8 giờ ngày 21/4/2023 Thư "
       "viện tổ chức ngày hội đọc sách gồm các hoạt động:", ev("2023-04-21", title="ngày hội đọc sách"))
for line in ["Tuyên truyền ý nghĩa Ngày sách Việt Nam", "Tổ chức cho học sinh trả lời câu hỏi về sách.",
             "Tổ chức cho học sinh giao lưu vẽ tranh", "Hoạt động đọc sách tự do"]:
    P.para(line)
P.para("Qua ngày hội, nhằm tuyên truyền, hưởng ứng Ngày Sách Việt Nam 21/4, tôn vinh giá trị của sách và văn hoá đọc; "
       "tôn vinh người đọc. Tạo môi trường lành mạnh, thân thiện để bạn đọc có điều kiện giao lưu học tập.")
P.para("Người đưa tin: Trần Ngọc Anh Thư")
P.save_docx()
