"""Tỉnh đoàn Nghệ An: the province's main activities for the 85th anniversary of the Youth Union
(26/3/1931 - 26/3/2016), as the provincial paper reported its plan (Kế hoạch số 298), a web page
of paragraphs. After the lead and a paragraph of kinds of activity, one long sentence lists four
events, each with "dự kiến" and its day and place: "Giải thể thao cán bộ Đoàn … dự kiến tổ chức
từ 19 - 21/3 tại thành phố Vinh" (no year: the article's, 2016), "Lễ Tuyên dương … dự kiến diễn
ra vào ngày 21/3/2016 tại thành phố Vinh", "Chương trình giao lưu … dự kiến vào ngày 22/3/2016
tại thành phố Vinh", "Lễ dâng hương, dâng hoa tại Khu di tích Kim Liên, Khu di tích lịch sử
Truông Bồn vào sáng 26/3/2016 tại Nam Đàn và Đô Lương". An image caption and the reporter's name
follow."""
from vi_corpus import Plan, ev

P = Plan("vi-51-nghean-youth-union-85th-2016",
         source="https://baonghean.vn/print/10094007.html",
         kind="event-programme", academic_year="2015-2016", batch="2026-12-07-vi-7")
P.para("Đẩy mạnh các hoạt động chào mừng 85 năm thành lập Đoàn TNCS Hồ Chí Minh", bold=True)
P.para("01/03/2016 14:43")
P.para("(Baonghean.vn) - Hướng tới kỷ niệm 85 năm ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - "
       "26/3/2016), Ban Thường vụ Tỉnh đoàn Nghệ An vừa ban hành Kế hoạch số 298 -KH/TĐTN-BTG hướng dẫn tổ "
       "chức các hoạt động với chủ đề: “Tự hào tuổi trẻ thời đại Hồ Chí Minh”.")
P.para("Các hoạt động được Tỉnh đoàn triển khai bao gồm: Tổ chức các hoạt động tuyên truyền giáo dục "
       "truyền thống vẻ vang của Đoàn TNCS Hồ Chí Minh, tổ chức các hoạt động mít tinh, văn hóa, văn nghệ, "
       "ngày hội tuổi trẻ chào mừng kỷ niệm 85 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, phát động đợt "
       "thi đua trong toàn đoàn với chủ đề “Công trình thanh niên dựng xây đất nước”, tổ chức các hoạt "
       "động xây dựng, củng cố tổ chức Đoàn; Đoàn tham gia xây dựng Đảng và chính quyền nhân dân.")
P.para("g")
P.para("Các hoạt động cấp tỉnh kỷ niệm 85 năm thành lập Đoàn TNCS Hồ Chí Minh. Nguồn: Facebook Tỉnh đoàn Nghệ An.")
P.item("Trong đó, có một số hoạt động chính như: Giải thể thao cán bộ Đoàn kỷ niệm 85 năm ngày thành lập "
       "Đoàn TNCS Hồ Chí Minh dự kiến tổ chức từ 19 - 21/3 tại thành phố Vinh, Lễ Tuyên dương Thanh thiếu "
       "nhi Nghệ An tiêu biểu, trao giải thưởng 26/3 năm 2016 dự kiến diễn ra vào ngày 21/3/2016 tại thành "
       "phố Vinh, Chương trình giao lưu, gặp mặt truyền thống cựu cán bộ Đoàn tỉnh Nghệ An qua các thời kỳ "
       "dự kiến vào ngày 22/3/2016 tại thành phố Vinh, Lễ dâng hương, dâng hoa tại Khu di tích Kim Liên, "
       "Khu di tích lịch sử Truông Bồn vào sáng 26/3/2016 tại Nam Đàn và Đô Lương.",
       ev("2016-03-19", "2016-03-21", title="Giải thể thao cán bộ Đoàn", location="thành phố Vinh"),
       ev("2016-03-21", title="Lễ Tuyên dương Thanh thiếu nhi Nghệ An tiêu biểu", location="thành phố Vinh"),
       ev("2016-03-22", title="Chương trình giao lưu, gặp mặt truyền thống", location="thành phố Vinh"),
       ev("2016-03-26", title="Lễ dâng hương, dâng hoa", location="Khu di tích Kim Liên"))
P.para("Phương Thảo")
P.save_docx()
