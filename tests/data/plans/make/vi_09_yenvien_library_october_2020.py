"""THCS Yên Viên (Gia Lâm, Hà Nội): library plan for October of the 2020-2021 school year.
The official header is a two-column layout table (UBND HUYỆN GIA LÂM / TRƯỜNG THCS YÊN VIÊN /
Số: 05 / KH - TV | CỘNG HÒA … / Yên Viên, ngày 02 tháng 10 năm 2020), then the title, three
"Căn cứ" paragraphs and the table "THỜI GIAN | NỘI DUNG/ HOẠT ĐỘNG | NGƯỜI THỰC HIỆN | Ghi chú".
Rows are weeks written with their days and an unclosed bracket ("Tuần 1 / (từ ngày
01/10đến 03/10"); the content cell packs dash-led tasks as paragraphs; the doer is the
abbreviation "- CBTV" (cán bộ thư viện). The stored copy (a Markdown conversion of the
school's DOCX kept in a public GitHub repository; the search index did not name the
repository) ends inside row 2, so only week 1 is kept."""
from vi_corpus import Plan, ev

P = Plan("vi-09-yenvien-library-october-2020",
         source="public GitHub repository (Markdown conversion of the THCS Yên Viên DOCX \"KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10 - NĂM HỌC 2020 - 2021\", Số: 05 / KH - TV; repository not named by the code index)",
         kind="month-plan", academic_year="2020-2021")
P.header(["UBND HUYỆN GIA LÂM", "TRƯỜNG THCS YÊN VIÊN", "Số: 05 / KH - TV"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Yên Viên, ngày 02 tháng 10 năm 2020"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("HOẠT ĐỘNG THƯ VIỆN THÁNG 10 - NĂM HỌC 2020 - 2021", bold=True, center=True)
P.para("Căn cứ hướng dẫn của Phòng GD&ĐT Gia Lâm về việc hướng dẫn công tác thư viện trường học;")
P.para("Căn cứ kế hoạch thực hiện nhiệm vụ năm học 2020 - 2021 của trường THCS Yên Viên;")
P.para("Căn cứ kế hoạch hoạt động thư viện năm học 2020 - 2021. Thư viện xây dựng kế hoạch hoạt động tháng 10 cụ thể như sau:")
P.table(["THỜI GIAN", "NỘI DUNG/ HOẠT ĐỘNG", "NGƯỜI THỰC HIỆN", "Ghi chú"])
tasks = ["- Xử lý nghiệp vụ",
         "- Sắp xếp lại kho sách, làm vệ sinh phòng TV",
         "-Tọa đàm về sách và văn hóa đọc hưởng ứng Tuần lễ học tập suốt đời năm 2020"]
P._rows.append(("row", [["Tuần 1", "(từ ngày 01/10đến 03/10"], tasks, "- CBTV", ""]))
for t in tasks:
    P._add_event(t.lstrip("- ").strip(), ev("2020-10-01", "2020-10-03", roles=["librarian"]))
P.save_docx()
