"""Bảo tàng tỉnh Ninh Thuận: the special exhibition "Mừng Đảng mừng xuân Kỷ Hợi 2019", as the
provincial tourism site announced it, a web page of paragraphs. The first paragraph gives the
event inside a sentence: "Bảo tàng tỉnh tổ chức trưng bày, triển lãm chuyên đề “Mừng Đảng mừng
xuân kỷ hợi 2019” thời gian khai mạc bắt đầu từ  ngày 21/01/2019 (nhằm ngày 16 tháng chạp âm
lịch) đến hết ngày 22/3/2019." — a span with a lunar gloss in brackets after its start, a label
("thời gian khai mạc bắt đầu từ") run into the sentence, after an anniversary span in brackets
("(03/02/1930-03/02/2019)", no event). The second paragraph names two more anniversaries with
dates ("(tháng 8/1960)", "(ngày 07/02/1959)") that are the exhibition's subjects, not events."""
from vi_corpus import Plan, ev

P = Plan("vi-52-ninhthuan-museum-spring-exhibition-2019",
         source="http://www.ninhthuantourist.com/tin-tuc-su-kien/tin-trong-tinh/4536-bao-tang-ninh-thuan-trung-bay-trien-lam-chuyen-de-mung-dang-mung-xuan-ky-hoi-2019.html",
         kind="museum-plan", academic_year="2018-2019", batch="2026-12-07-vi-8")
P.para("Bảo tàng Ninh Thuận trưng bày triển lãm chuyên đề “Mừng Đảng mừng xuân Kỷ Hợi 2019”", bold=True)
P.item("Nhằm thiết thực chào mừng Xuân Kỷ Hợi năm 2019, chào mừng 89 năm ngày thành lập Đảng Cộng sản Việt "
       "Nam (03/02/1930-03/02/2019). Đồng thời tạo thêm điểm vui chơi giải trí, đáp ứng phần nào nhu cầu vui "
       "Xuân Kỷ Hợi 2019 cho đông đảo cán bộ, chiến sĩ, nhân dân trong và ngoài tỉnh nhân dịp tết cổ truyền "
       "của dân tộc. Bảo tàng tỉnh tổ chức trưng bày, triển lãm chuyên đề “Mừng Đảng mừng xuân kỷ hợi 2019” "
       "thời gian khai mạc bắt đầu từ  ngày 21/01/2019 (nhằm ngày 16 tháng chạp âm lịch) đến hết ngày "
       "22/3/2019. Diện tích trưng bày khoảng 300m2, với số lượng hiện vật: (dự kiến) 400 hiện vật và hình ảnh.",
       ev("2019-01-21", "2019-03-22", title="Mừng Đảng mừng xuân", location="Bảo tàng tỉnh"))
P.para("Nội dung trưng bày triển lãm các chuyên đề: giới thiệu đến du khách trong và ngoài tỉnh một số hình "
       "ảnh tư liệu về hoạt động văn hóa-xã hội của lãnh đạo Đảng, Nhà nước và lãnh đạo tỉnh ta trong những "
       "năm gần đây. Chuyên đề cũng giới thiệu đến du khách gần xa một số bộ sưu tập tiền trước năm 1975, "
       "các dòng gốm qua các thời kỳ; trưng bày các hình ảnh, tư liệu nội dung bảng trích hướng tới kỷ niệm "
       "60 Ngày giải phóng huyện Bác Ái (tháng 8/1960) và kỷ niệm 60 năm về sự kiện “Cuộc nổi dậy phá Khu "
       "tập trung Bà Râu” (ngày 07/02/1959) của quân và dân huyện Bác Ái. Đặc biệt tái hiện không gian ngày "
       "tết Việt.")
P.save_docx()
