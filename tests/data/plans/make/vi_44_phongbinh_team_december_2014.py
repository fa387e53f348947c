"""Liên đội Trường THCS Phong Bình (Phong Điền, Thừa Thiên Huế): the team's plan for December 2014
(school year 2014-2015), as the school site shows it. The official header (left "PHÒNG GD & ĐT
PHONG ĐIỀN / TRƯỜNG THCS PHONG BÌNH", right the national motto and "Phong Bình, ngày10 tháng 12
năm 2014", no space after "ngày"), the title, the month's theme, "1.Tư tưởng:" naming two
anniversaries with their year spans ("(22/12/1944 – 22/12/2014)") — a theme, not an event —
then "2.Nội dụng hoạt động:" and nine dash lines, none dated: each is a task of the plan's month,
December 2014. The signature block ends it."""
from vi_corpus import Plan, ev

P = Plan("vi-44-phongbinh-team-december-2014",
         source="http://thcs-pbinh.phongdien.thuathienhue.edu.vn/ke-hoach/ke-hoach-thang/kh-thang-lien-doi/ke-hoach-cua-lien-doi-thang-12-nam-2014",
         kind="month-plan", academic_year="2014-2015", batch="2026-12-07-vi-6")
P.header(["PHÒNG GD & ĐT PHONG ĐIỀN", "TRƯỜNG THCS PHONG BÌNH"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Phong Bình, ngày10 tháng 12 năm 2014"])
P.para("KẾ HOẠCH HOẠT ĐỘNG LIÊN ĐỘI THÁNG 12", bold=True, center=True)
P.para("Chủ điểm tháng 12: UỐNG NƯỚC NHỚ NGUỒN", bold=True, center=True)
P.para("1.Tư tưởng: CHÀO MỪNG KỶ NIỆM 70 NĂM NGÀY THÀNH LẬP QUÂN ĐỘI NHÂN DÂN VIỆT NAM "
       "(22/12/1944 – 22/12/2014) VÀ 25 NĂM NGÀY HỘI QUỐC PHÒNG TOÀN DÂN ( 22/12/1989 – 22/12/2014)")
P.para("2.Nội dụng hoạt động:")
DEC = ("2014-12-01", "2014-12-31")
for line in [
    "- Kiểm tra nề nếp, vệ sinh các chi đội.",
    "- Hoàn thành làm bồn hoa Liên đội",
    "- Lao động, dâng hương tại đền Liệt sĩ xã và mộ cụ Trần Văn Kỷ.",
    "- Thu và nộp bài tìm hiểu 70 năm Ngày thành lập Quân đội nhân dân Việt Nam về Huyện Đoàn.",
    "- Tổ chức Hội thi Hùng biện Tiếng Anh.",
    "- Tổng kết phong trào Olimpic Tiếng Anh.",
    "- Hội thi Liên môn.",
    "- Triển khai cuộc thi “ Chinh phục vũ môn”.",
    "- Xây dựng kế hoạch Hội thi trong tháng 01 và tháng 02",
]:
    P.item(line, ev(*DEC), title=line[2:].rstrip("."))
P.para("DUYỆT BAN GIÁM HIỆU\tTỔNG PHỤ TRÁCH ĐỘI")
P.para("Lê Thừa Triều\tHồ Viết Cảm")
P.save_docx()
