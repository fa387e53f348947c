"""Đoàn Văn phòng Trung ương Đảng: plan and programme of the ceremony for the 90th anniversary of
the Hồ Chí Minh Communist Youth Union (26/3/1931 - 26/3/2021), as the union's site shows it: the
title (with the anniversary's two dates in brackets — not events), "1. Mục đích, yêu cầu" with one
paragraph, then "2. Hình thức, thời gian, địa điểm, thành phần" over lettered label lines ("a)
Hình thức: …" naming three online venues, "b) Thời gian: 9 giờ, thứ Sáu, ngày 26/3/2021.", "c)
Địa điểm: Hội trường tầng 3 nhà 2, số 1A Hùng Vương, Ba Đình, Hà Nội.", "d) Thành phần: …"),
and "3. Nội dung chương trình:" as dash lines, two of them led by a clock time ("- 9 giờ: Văn
nghệ chào mừng.", "- 11 giờ 30 phút: Kết thúc chương trình.") — the running order of the one
event. The author's name closes the page."""
from vi_corpus import Plan, ev

P = Plan("vi-49-doanvptw-youth-union-90th-ceremony-2021",
         source="http://doanvptw.dcs.vn/index.php/thong-tin-hot-dng/phong-trao/4768-k-ho-ch-chuong-trinh-t-ch-c-l-k-ni-m-90-nam-ngay-thanh-l-p-doan-tncs-h-chi-minh-26-3-1931-26-3-2021",
         kind="event-plan", academic_year="2020-2021", batch="2026-12-07-vi-7")
P.para("Kế hoạch Chương trình tổ chức Lễ kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh "
       "(26/3/1931 - 26/3/2021)", bold=True)
P.para("1. Mục đích, yêu cầu")
P.para("Lễ kỷ niệm là đợt sinh hoạt chính trị sâu rộng; gặp gỡ, giao lưu, biểu dương, tôn vinh những "
       "tập thể, cá nhân tiêu biểu trong công tác Đoàn, phong trào Thanh niên nhân kỷ niệm 90 năm Ngày "
       "thành lập Đoàn TNCS Hồ Chí Minh.")
P.para("2. Hình thức, thời gian, địa điểm, thành phần")
P.para("a) Hình thức: Lễ kỷ niệm tổ chức trực tuyến tại 3 điểm cầu: Hà Nội - Đà Nẵng - TP. Hồ Chí Minh.")
P.item("b) Thời gian: 9 giờ, thứ Sáu, ngày 26/3/2021.",
       ev("2021-03-26", title="Lễ kỷ niệm 90 năm Ngày thành lập Đoàn",
          location="Hội trường tầng 3 nhà 2, số 1A Hùng Vương"))
P.para("c) Địa điểm: Hội trường tầng 3 nhà 2, số 1A Hùng Vương, Ba Đình, Hà Nội.")
P.para("d) Thành phần: Đại biểu khách mời và đại biểu đoàn viên thanh niên")
P.para("3. Nội dung chương trình:")
for line in [
    "- 9 giờ: Văn nghệ chào mừng.",
    "- Chào cờ, tuyên bố lý do, giới thiệu đại biểu.",
    "- Diễn văn ôn lại truyền thống của Đoàn TNCS Hồ Chí Minh.",
    "- Trao Kỷ niệm chương \"Vì thế hệ trẻ\" cho các đồng chí lãnh đạo và cán bộ đoàn.",
    "- Trao khen thưởng tập thể, cá nhân năm 2020.",
    "- Giao lưu, phát biểu tại Lễ kỷ niệm của lãnh đạo Văn phòng Trung ương và cán bộ, cựu cán bộ đoàn.",
    "- 11 giờ 30 phút: Kết thúc chương trình.",
]:
    P.para(line)
P.para(" Nguyễn Quang Huy")
P.save_docx()
