"""Thư viện tỉnh Cao Bằng: Book Day 2017 activities, a blog post saved as text, hard-wrapped as
the blog shows it (a line break inside sentences). The event is the day named at the head of the
first sentence, "Nhân ngày sách Việt Nam ngày 21 tháng 4 năm 2017 Thư viện tỉnh đã tổ chức nhiều
hoạt động …": the provincial library with two schools as partners — "Trường Mầm non mùng 3 tháng
10 phường Hợp Giang" (a kindergarten whose name holds a date, 3 October, no event) and "Trường trung
học cơ sở Hợp Giang". A time and the author's handle close the post (no event)."""
from vi_corpus import Plan, ev

P = Plan("vi-63-caobang-library-book-day-2017",
         source="http://daihoivietnam.blogspot.com/2017/04",
         kind="library-plan", academic_year="2016-2017", batch="2026-12-07-vi-11")
P.item("Nhân ngày sách Việt Nam ngày 21 tháng 4 năm 2017 Thư viện tỉnh đã tổ", 
       ev("2017-04-21", title="Nhân ngày sách Việt Nam", location="Thư viện tỉnh",
          partners=["Trường Mầm non mùng 3 tháng 10", "Trường trung học cơ sở Hợp Giang"]))
for line in [
    "chức nhiều hoạt động giữa thư viện với độc giả như mời các cháu thiếu nhi Trường",
    "Mầm non mùng 3 tháng 10 phường Hợp Giang thành phố Cao Bằng đến thăm quan Thư",
    "viện, tổ chức cho các cháu thi vẽ tranh theo chủ đề, các cháu được làm quen với",
    "sách báo, tổ chức trao giải cho độc giả tham dự cuộc thi \"Cảm nhận sách năm",
    "2017\", tổ chức cuộc thi trả lời câu hỏi lấy phần thưởng cho các em học sinh",
    "Trường trung học cơ sở Hợp Giang thành phố Cao Bằng và tổ chức nhiều hoạt động",
    "trưng bày sách, xếp sách nghệ thuật, trao đổi sách cũ lấy sách mới.... Buổi lễ",
    "trưng bày đã thu hút được đông đảo bà con nhân dân, các cơ quan báo, đài đến",
    "thăm quan và đưa tin. Cũng trong buổi lễ đã có lãnh đạo, cán bộ Sở Thông tin và",
    "Truyền thông, lãnh đạo, cán bộ Sở Văn hóa Thể thao và Du lịch đến thăm quan và",
    "trao tặng nhiều ấn phẩm cho Thư viện. Dưới đây là một vài hình ảnh của buổi",
    "lễ:",
    "",
    "19:04",
    "snell5coafa4892",
]:
    P.para(line)
P.save_txt()
