"""Trường Mầm non Thị trấn Cần Giuộc (Long An): plan for taking the children to the Cần Giuộc
bookshop, January 2020 (school year 2019-2020), from the school site. The official header as a
layout table ("Số: 12/KH-MNTTCG", "Thị Trấn, ngày 02 tháng 01 năm 2020"), the title in three
lines, three "Thực hiện/Hưởng ứng" lines (one with its own date, "ngày 18/9/2019"), "I. Mục
đích:" dash lines, then under "II. Tổ chức thực hiện:" the one dated line "- Dự kiến thời gian tổ
chức: 14/01/2020:" (ending in a colon) over two "+ Từ lúc 7 giờ 45 phút: …" / "+ Từ 8 giờ 10
phút: …" lines: the visit's running order, not events of their own. The bookshop is the place,
not a partner. The stored copy ends at "III. Công tác ph…" (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-46-cangiuoc-kindergarten-bookshop-visit-2020",
         source="http://mnttcangiuoc.edu.vn/Detail/28645/Ke-hoach-to-chuc-cho-chau-tham-quan-Nha-sach-Can-Giuoc-NH-2019-2020",
         kind="event-plan", academic_year="2019-2020", batch="2026-12-07-vi-6")
P.header(["PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG MNTT CẦN GIUỘC", "Số: 12/KH-MNTTCG"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Thị Trấn, ngày 02 tháng 01 năm 2020"])
for t in ["KẾ HOẠCH", "TỔ CHỨC CHO BÉ THAM QUAN NHÀ SÁCH CẦN GIUỘC", "Năm học 2019-2020"]:
    P.para(t, bold=True, center=True)
for line in [
    "Thực hiện Kế hoạch số 174/KH-MNTT ngày 18/9/2019 của Trường Mầm Non Thị Trấn Cần Giuộc- Kế "
    "hoạch thực hiện nhiệm vụ giáo dục mầm non năm học 2019-2020;",
    "Hưởng ứng cuộc vận động “ Xây dựng trường học thân thiện học sinh tích cực”;",
    "          Trường Mầm Non Thị Trấn Cần Giuộc xây dựng Kế hoạch tổ chức cho cháu tham quan Nhà sách "
    "Cần Giuộc với nội dung như sau:",
    "I. Mục đích:",
    "          - Cháu được tham quan, nhận biết và trải nghiệm kỹ năng sống khi tham quan nhà sách: lựa "
    "chọn đồ dùng, để sách ngay ngắn sau khi xem, chợt đến lượt thanh toán tiền.",
    "          - Cháu được thực hành kiến thức về An toàn giao thông khi đi bộ.",
    "          - Đảm bảo an toàn tuyệt đối cho trẻ trong quá trình sinh hoạt, vui chơi, tham quan, về "
    "trường.",
    "          - Thực hiện có hiệu quả cuộc vận động “Xây dựng trường học thân thiện học sinh tích "
    "cực” và hoàn thành kế hoạch năm học đã đề ra.",
    "II. Tổ chức thực hiện:",
]:
    P.para(line)
P.item("          - Dự kiến thời gian tổ chức: 14/01/2020:",
       ev("2020-01-14", title="tham quan Nhà sách Cần Giuộc", location="Nhà sách Cần Giuộc"))
P.para("+ Từ lúc 7 giờ 45 phút: tổ chức cho cháu đi bộ qua Nhà sách Cần Giuộc và thực hiện mua sắm "
       "một đồ đồ dùng trang trí lớp, bánh kẹo để tổ chức liên hoan")
P.para("+ Từ 8 giờ 10 phút: tổ chức cho cháu bộ về trường.")
P.save_docx()
