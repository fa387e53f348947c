"""Trung tâm Học liệu Lê Vũ Hùng, Trường Đại học Đồng Tháp: plan of the Vietnam Book and
Reading Culture Day 2021. No table: a time-and-place part ("Thời gian: Từ ngày 23/3 đến ngày
30/4/2021") and numbered activities under "NỘI DUNG", each with dash lines of detail; every
activity runs over the stated span (one of them daily: "Giới thiệu mỗi ngày 01 quyển sách").
The stored copy ends inside the description of activity 6 (its heading kept)."""
from vi_corpus import Plan, ev

P = Plan("vi-08-dthu-book-day-2021",
         source="http://thuvien.dthu.edu.vn/pages/cms/news.aspx?wpid=NewsDetailRender&did=202103310846243eae4585-c173-406e-bd2a-9d1ba3b17683&vr=80500",
         kind="library-plan", academic_year="2020-2021")
P.para("Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2021", bold=True)
P.para("THỜI GIAN VÀ ĐỊA ĐIỂM", bold=True)
P.para("1. Thời gian: Từ ngày 23/3 đến ngày 30/4/2021. ")
P.para("2. Địa điểm: Trường Đại học Đồng Tháp.")
P.para("NỘI DUNG", bold=True)
S = ("2021-03-23", "2021-04-30")
P.item("1. Trưng bày, triển lãm, xếp sách nghệ thuật", ev(*S, title="Trưng bày, triển lãm, xếp sách nghệ thuật"))
for t in ["Chủ đề: Quê hương, đất nước và con người Việt Nam.",
          "- Trưng bày, triển lãm sách: Lịch sử dân tộc Việt Nam, biển đảo quê hương, văn hóa dân gian, địa chí và nhân vật tỉnh Đồng Tháp; sách do cán bộ, giảng viên Trường Đại học Đồng Tháp xuất bản.",
          "- Xếp sách nghệ thuật chữ: DTHU"]:
    P.para(t)
P.item("2. Tuyên truyền, giới thiệu Ngày Sách và Văn hóa đọc Việt Nam 21/4", ev(*S, title="Tuyên truyền, giới thiệu Ngày Sách và Văn hóa"))
for t in ["- Hưởng ứng Ngày sách Việt Nam và Văn hóa đọc Việt Nam 21/4.",
          "- Danh ngôn về sách, thư viện và văn hóa đọc."]:
    P.para(t)
P.item("3. Giới thiệu mỗi ngày 01 quyển sách", ev(*S, title="Giới thiệu mỗi ngày 01 quyển sách"))
for t in ["Chủ đề: Lịch sử dân tộc, biển, đảo Việt Nam.",
          "- Giới thiệu trên loa phát thanh của Trường.",
          "- Giới thiệu sách mới trên website của Trung tâm Học liệu Lê Vũ Hùng. "]:
    P.para(t)
P.item("4. Cuộc thi “Quyển sách ấn tượng nhất của tôi”: Giới thiệu về quyển sách bản thân ấn tượng nhất (có thể lệ gửi kèm).",
       ev(*S, title="Cuộc thi “Quyển sách ấn tượng nhất của tôi”"))
P.item("5. Hội nghị bạn đọc, tọa đàm về sách", ev(*S, title="Hội nghị bạn đọc, tọa đàm về sách"))
for t in ["- Báo cáo kết quả hoạt động, dịch vụ phục vụ bạn đọc của Trung tâm Học liệu Lê Vũ Hùng.",
          "- Lắng nghe ý kiến, giải đáp những câu hỏi của bạn đọc.",
          "- Khen thưởng cuộc thi “Quyển sách ấn tượng nhất của tôi”.",
          "- Khen thưởng bạn đọc tích cực đến Trung tâm Học liệu Lê Vũ Hùng học tập, nghiên cứu nhiều nhất trong năm 2020.",
          "- Tọa đàm về sách."]:
    P.para(t)
P.item("6. Tổ chức phòng đọc “xanh”", ev(*S, title="Tổ chức phòng đọc “xanh”"))
P.save_docx()
