"""Trường Mầm non Đông Giang (Đông Hưng, Thái Bình): "Lịch chỉ đạo và thực hiện kế hoạch năm
học 2019-2020", an annex to the school's year plan. Rows are months ("8/2019", "9/2019") with a
span column ("Từ 05 - 31/8"); each row packs many dash-led tasks, most with their own day in
brackets ("(05/8)", "( 19/8/2019)", "(Sáng 28/8)", "( chiều 28/9 )" — the last one written in
the August row as published), and the responsible cell lists one line per task, padded with
empty paragraphs. The stored copy ends inside the first week row of September (dropped)."""
from vi_corpus import Plan, ev

P = Plan("vi-03-donggiang-kindergarten-schedule-2019",
         source="http://mndonggiang.pgddonghung.edu.vn/ke-hoach-chuyen-mon/lich-chi-dao-va-thuc-hien-ke-hoach-nh-2019-2020.-truong-mn-d",
         kind="other", academic_year="2019-2020", title_col=2)
P.para("LỊCH CHỈ ĐẠO VÀ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2019-2020", bold=True, center=True)
P.para("TRƯỜNG MN ĐÔNG GIANG", bold=True, center=True)
P.para("(Kèm theo Kế hoạch Số 08KH- TrMN ngày 26/9/2019 của trường MN Đông Giang)", center=True)
P.para(" ")
P.table(["THÁNG", "TUẦN C.MÔN", "NỘI DUNG CÔNG VIỆC", "BỘ PHẬN T.HIỆN"])

AUG = ("2019-08-05", "2019-08-31")
tasks = [
    ("- Yêu cầu giáo viên trả phép đúng thời gian (05/8)", ev("2019-08-05")),
    ("- Tu bổ CSVC, thiết bị, đồ dùng, tổ chức lao động vệ sinh, cải tạo cảnh quan trường, lớp chuẩn bị đón năm học mới.", ev(*AUG)),
    ("- Xây dựng KH dự trù các khoản thu năm học 2019 - 2020.", ev(*AUG)),
    ("- Tổ chức cho học sinh tựu trường\v( 19/8/2019)", ev("2019-08-19", title="Tổ chức cho học sinh tựu trường")),
    ("- Dự hội nghị tổng kết công tác an ninh học đường năm học 2018 - 2019 và triển khai công tác an ninh học đường năm học 2019 - 2020 ( 23/8 )", ev("2019-08-23", roles=["director"])),
    ("- Dự Hội nghị tổng kết năm học và tuyên dương tập thể, cá nhân đạt thành tích cao trong các cuộc thi năm học 2018-2019 và triển khai phương hướng nhiệm vụ trọng tâm năm học 2019 - 2020 (29/8).", ev("2019-08-29", roles=["director"])),
    ("- Các nhóm, lớp thực hiện rèn nền nếp cho trẻ, chuẩn bị các hệ điều kiện phục vụ khai giảng năm học mới.", ev(*AUG)),
    ("- Xây dựng quy định soạn giáo án Wodr.", ev(*AUG)),
    ("- Viết bài tuyên truyền chuẩn bị năm học mới và tổ chức cho học sinh tựu trường", ev(*AUG, roles=["deputy-director"])),
    ("- Nhà trường tổ chức họp phụ huynh đầu năm học. (Sáng 28/8)", ev("2019-08-28")),
    ("- Nộp báo cáo số lượng huy động trẻ, trẻ ăn bán trú tháng 8/2019 ( chiều 28/9 )", ev("2019-09-28")),
]
who = ["- 100% CBGV", "", " • CBGVNV trong trường MN.", "- BGH+KT", "", "- Trường Mầm non",
       "- Hiệu trưởng", "", "", "", "- Hiệu trưởng", "", "", "", "", "- CBGVNV", "", "",
       "- BGH", "", "- PHT", "-CBGV,NV, PH", "-BGH"]
P._rows.append(("row", ["8/2019", "Từ\v05 - 31/8", [t for t, _ in tasks], who]))
for t, e in tasks:
    P._add_event(t.split("\v")[0].lstrip("- ").strip(), e)

sep = [("- Nhà trường tổ chức khai giảng năm học mới (05/9)", ev("2019-09-05")),
       ("- Nộp báo cáo khai giảng ( ngày 6/9).", ev("2019-09-06"))]
P._rows.append(("row", ["9/2019", "Từ 01- 08/9", [t for t, _ in sep] + [""], ["- Trường MN.", "", "- BGH"]]))
for t, e in sep:
    P._add_event(t.lstrip("- ").strip(), e)
P.save_docx()
