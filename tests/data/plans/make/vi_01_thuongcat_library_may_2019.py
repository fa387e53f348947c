"""THCS Thượng Cát (Bắc Từ Liêm, Hà Nội): library plan for May 2019. A month plan whose rows
are weeks ("Tuần 1" … "Tuần 4" of May 2019, the first week being the one holding May 1), each
week cell packing several dash-led tasks as separate paragraphs, one "Phân công" cell per week.
No official header in the stored copy: the school and "THƯ VIỆN" above the title."""
from vi_corpus import Plan, ev

P = Plan("vi-01-thuongcat-library-may-2019",
         source="http://thcsthuongcat.pgdbactuliem.edu.vn/index.php?chucnang=view_chitiet&chudecode=6&baivietcode=222139",
         kind="month-plan", academic_year="2018-2019", title_col=1)
P.para("TRƯỜNG THCS THƯỢNG CÁT", bold=True)
P.para("   THƯ VIỆN", bold=True)
P.para("  KẾ HOẠCH", bold=True, center=True)
P.para("Hoạt động thư viện tháng 5/2019", bold=True, center=True)
P.para(" ")
P.table(["Thời gian", "Nội dung công việc", "Phân công"])

W = {1: ("2019-04-29", "2019-05-05"), 2: ("2019-05-06", "2019-05-12"),
     3: ("2019-05-13", "2019-05-19"), 4: ("2019-05-20", "2019-05-26")}


def week(n, tasks, who, roles):
    P._rows.append(("row", [f"Tuần {n}", tasks, who]))
    s, e = W[n]
    for t in tasks:
        kw = {"precision": "week"}
        if roles:
            kw["roles"] = roles
        P._add_event(t.lstrip("- ").strip(), ev(s, e, **kw))


week(1, ["-Tổ chức các tiết thư viện theo thời khóa biểu.",
         "- Tiếp tục tổ chức cuộc thi “theo dòng lịch sử” trong các tiết đọc sách khối 6,7",
         "- Dọn dẹp, sắp xếp thư viện.",
         "- Lập kế hoạch tổ chức ngày hội đọc sách."],
     "Cán bộ thư viện phối hợp với tổ công tác thư viện và giáo viên thực hiện.",
     ["librarian", "teacher"])
week(2, ["-Tổ chức các tiết thư viện theo đúng thời khóa biểu.",
         "-Dọn dẹp, sắp xếp và trang trí lại thư viện.",
         "- Học sinh khối 6,7 viết bài thu hoạch lần 2 gắn với tư vấn “Phòng chống đuối nước ở trẻ em”",
         "- Tiếp tục tổ chức tìm hiểu tủ sách nghệ thuật cho học sinh lớp 7."],
     "Cán bộ thư viện phối hợp với tổ công tác thư viện và giáo viên.",
     ["librarian", "teacher"])
week(3, ["- Tổ chức các tiết dạy theo thời khóa biểu.",
         "- Tổ chức tiết giới thiệu sách cho học sinh khối 6 như kế hoạch.",
         "- Tổ chức “Ngày hội đọc sách” cho học sinh toàn trường.",
         "- Học sinh kết thúc chương trình học.",
         "- Dọn dẹp thư viện, tổng kết, niêm phong các tủ sách báo và phòng thư viện."],
     "Cán bộ thư viện, tổ công tác thư viện và các giáo viên chủ nhiệm lớp, ban Đoàn, Đội.",
     ["librarian", "class-teacher", "youth-union"])
week(4, ["-Viết bài và đăng tải các bài viết trên webside của trường với các nội dung: tư vấn kỹ năng sống cho học sinh, giúp học sinh hiểu thêm về lịch sử và truyền thống địa phương mình."],
     "Cán bộ thư viện, tổ công tác thư viện, đồng chí phụ trách trang Wed của nhà trường.",
     ["librarian"])
P.save_docx()
