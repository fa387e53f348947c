"""Trường TH số 1 Minh Lập (Đồng Hỷ): "HƯỞNG ỨNG NGÀY SÁCH VIỆT NAM LẦN THỨ VIII NĂM 2021", a
news post saved as text. The heading gives the edition in Roman numerals and the year; the first
sentence the day after a comma ("Hưởng ứng ngày sách Việt Nam lần thứ 8, ngày 28/4/2021."), the
next what was held ("Trưởng TH số 1 Minh Lập tổ chức Ngày sách Việt Nam 2021." — "Trưởng" typed for
"Trường"); then the day's activities in one sentence and a caption line."""
from vi_corpus import Plan, ev

P = Plan("vi-65-minhlap1-book-day-2021",
         source="http://thso1minhlap.donghy.edu.vn/tin-tuc-su-kien/huong-ung-ngay-sach-viet-nam-lan-thu-viii-nam-2021.html",
         kind="library-plan", academic_year="2020-2021", batch="2026-12-07-vi-12")
P.para("HƯỞNG ỨNG NGÀY SÁCH VIỆT NAM LẦN THỨ VIII NĂM 2021")
P.para("")
P.item("Hưởng ứng ngày sách Việt Nam lần thứ 8, ngày 28/4/2021. Trưởng TH số 1 Minh Lập tổ chức Ngày sách Việt Nam "
       "2021. Tại Ngày Hội các em được nghe lại lịch sử của ngày sách Việt Nam,  được tham gia xếp sách nghệ thuật, "
       "được vẽ tranh và trình bày về cuốn sách mà em yêu thích, được tham gia các trò chơi thể thao, đực thể hiện "
       "các tết mục văn nghệ bằng tiếng Việt, tiếng Anh.... Ngày sách đã thành công tốt đẹp và đã giúp cho các em học "
       "sinh hiểu hơn vai trò của việc đọc sách đối với cuộc sống của các em từ đó phục vụ cho việc học tập được tốt "
       "hơn và trang bị cho các em có kỹ năng sống tốt hơn.", ev("2021-04-28", title="Ngày sách Việt Nam"))
P.para("")
P.para("Hình ảnh minh hoạ:")
P.save_txt()
