"""A school's extracurricular plan for October 2022 (site truongbacai.edu.vn; school year
2022-2023): a learning trip to Lăng Lê Văn Duyệt and Dinh Độc Lập, as a web page. The one event
is given by numbered lines under "II. NỘI DUNG VÀ PHƯƠNG THỨC THỰC HIỆN" ("1. Thời gian: 13h00 –
17h00, ngày 14 tháng 10 năm 2022", "2. Địa điểm học tập: …"), then "4. Chương trình thực hiện:"
as bullets of clock times ("13h00 – 13h15: học sinh tập trung, điểm danh.") — the trip's running
order, not events. The stored copy ends inside the last bullet (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-41-bacai-field-trip-october-2022",
         source="https://truongbacai.edu.vn/chuong-trinh-ngoai-khoa---hoc-tap-trai-nghiem-thang-1o-nam-hoc-2022-2023-828-26.html",
         kind="event-plan", academic_year="2022-2023", batch="2026-12-07-vi-5")
for text in ["KẾ HOẠCH", "HOẠT ĐỘNG NGOẠI KHÓA, TRẢI NGHIỆM SÁNG TẠO", "THÁNG 10 NĂM HỌC 2022 – 2023"]:
    P.para(text, bold=True, center=True)
for line in [
    "I. MỤC ĐÍCH",
    "- Giúp học sinh tham quan và trải nghiệm thực tế. Qua quan sát, trải nghiệm giúp cho học sinh "
    "tích cực nghiên cứu, tìm ra những giải pháp mới, sáng tạo những cái mới trên cơ sở kiến thức "
    "học trên nhà trường và những gì trải qua trong hoạt động thực tiễn, từ đó hình thành ý thức, "
    "phẩm chất, kỹ năng sống và năng lực cho học sinh.",
    "- Rèn luyện và hình thành cho học sinh năng lực chủ yếu như: hợp tác, khả năng làm việc độc lập, "
    "khả năng giao tiếp, ứng xử, có lối sống phù hợp với các giá trị xã hội, khả năng quan sát, thu "
    "thập thông tin và viết báo cáo.",
    "- Tạo cho học sinh tăng thêm sự tìm tòi học hỏi, trải nghiệm thực tết mang lại cho học sinh "
    "nhiều vốn sống kinh nghiệm phong phú, những bài học về qui luật, lịch sử, xã hội, kinh tế, văn "
    "hóa,... điều mà không thể cung cấp hết cho học sinh thông qua các tiết học trên lớp.",
    "- Góp phần định hướng nghề nghiệp học sinh trong tương lai.",
    "II. NỘI DUNG VÀ PHƯƠNG THỨC THỰC HIỆN",
]:
    P.para(line)
P.item("1. Thời gian: 13h00 – 17h00, ngày 14 tháng 10 năm 2022",
       ev("2022-10-14", title="Hoạt động ngoại khóa", location="Lăng Lê Văn Duyệt"))
P.para("2. Địa điểm học tập: Lăng Lê Văn Duyệt (Lăng Ông), Dinh Độc Lập - Thành phố Hồ Chí Minh.")
P.para("3. Đối tượng: Học sinh toàn trường.")
P.para("4. Chương trình thực hiện:")
for line in [
    "13h00 – 13h15: học sinh tập trung, điểm danh.",
    "13h15 – 14h00: di chuyển qua Lăng Lê Văn Duyệt.",
    "14h00 – 14h40: tham quan, tìm hiểu Lăng Lê Văn Duyệt.",
    "14h40 – 15h00: di chuyển đến Dinh Độc Lập.",
    "15h00 – 16h00: tham quan, tìm hiểu Dinh Độc Lập.",
]:
    P.para(line, style="List Bullet")
P.save_docx()
