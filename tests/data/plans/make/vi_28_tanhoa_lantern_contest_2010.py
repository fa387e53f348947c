"""Liên đội TH Tân Hoà: plan of the school's lantern contest, 2010-2011, as a Word document
of numbered sections ("4/ Thời gian tổ chức chấm thi:") whose dash lines give the days
without a year or a month word ("vào ngày 12, 13/ 9", "vào ngày 14/ 9", spaces inside). The
stored copy ends inside the list of the organisers (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-28-tanhoa-lantern-contest-2010",
         source="https://123doc.top/document/2771162-ke-hoach-long-den-dep.htm",
         kind="event-plan", academic_year="2010-2011", batch="2026-12-07-vi-3")
P.header(["ĐỘI TNTP HỒ CHÍ MINH", "TRƯỜNG TH TÂN HOÀ", "Số: 01/ KH.LĐ"],
         ["", "", "Tân Hoà, ngày 8 tháng 9 năm 2010"])
P.para("* * *", center=True)
P.para("KẾ HOẠCH V/v tổ chức hội thi lồng đèn đẹp cấp trường", bold=True, center=True)
P.para("Năm học 2010 - 2011", bold=True, center=True)
P.para("I/ Mục đích:")
for line in ["- Thiết thực lập thành tích chào ngày 19/ 8, cách mạng tháng 8 thành công",
             "- Giáo dục các em ý nghĩa và tuyền thống văn hoá của dân tộc việt Nam",
             "- Phát động toàn thể học sinh tham gia hội thi, tạo sân chơi bổ ích cho các em trong "
             "quá trình học tập và rèn luyện",
             "- Thực hiện theo kế hoạch năm học 2010-2011 của liên đội trường TH Tân Hoà",
             "II/ Nội dung:", "1/ Hình thức", "+ Mỗi học sinh làm một lồng đèn dự thi",
             "+ Lưu ý: Học sinh có thể làm tất cả các loại hình lồng đèn ( Ban tổ chức chấm điểm "
             "sáng tạo)",
             "2/ Cơ cấu giải thưởng:", "Mỗi khối lớp có ba giải: Giải Nhất", "Giải Nhì Giải Ba",
             "3/ Kinh phí", "- Ban tồ chức lo kinh phí tổ chức và giải thương",
             "- Học sinh tự mua sắm vật liệu và dụng cụ để làm lồng đèn",
             "4/ Thời gian tổ chức chấm thi:"]:
    P.para(line)
P.item("- Các lớp thông báo cho học sinh lớp mình nộp về trường vào ngày 12, 13/ 9",
       ev("2010-09-12", "2010-09-13",
          title="Các lớp thông báo cho học sinh lớp mình nộp về trường"))
P.item("- Ban tổ chức tiến hành chấm vào ngày 14/ 9",
       ev("2010-09-14", title="Ban tổ chức tiến hành chấm"))
P.para("5/ Tổ chức thực hiện:")
P.para("-TPT Đội: Tham mưu lập kế hoạch, phát động dưới cờ, tổng hợp điểm, xếp loại giải thưởng")
P.save_docx()
