"""Trường mầm non Búp Sen Xanh (Cầu Giấy, Hà Nội): plan of the extracurricular activities of
March 2017 (school year 2016-2017). Official header; the activities sit in nested numbered
sections ("A. Ngày Quốc tế phụ nữ 8/3" > "1. Phần 1: Trang trí lớp, …") with the part's span
and place on numbered sub-lines under it ("1.1. Thời gian: từ ngày 2/3/2017 -> 6/3/2017",
an arrow between the days; "1.2. Địa điểm: tại các lớp, sân trường."). The stored copy ends
inside "1.3. Nội dung:" of the first part (left out after that heading): one event."""
from vi_corpus import Plan, ev

P = Plan("vi-38-bupsenxanh-kindergarten-march-2017",
         source="http://bupsenxanh.hnue.edu.vn/ke-hoach-to-chuc-cac-hoat-dong-thang-3_dmtt46_cttt231_vn.aspx",
         kind="kindergarten-plan", academic_year="2016-2017", batch="2026-12-07-vi-4")
P.header(["PHÒNG GIÁO DỤC QUẬN CẦU GIẤY", "TRƯỜNG MN BÚP SEN XANH", "Số:  26 / KH – MNBSX"],
         ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Hà Nội, ngày 2  tháng  3   năm 2017"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("V/v tổ chức các hoạt động ngoại khóa tháng 3", bold=True, center=True)
for line in [
    "Căn cứ vào kế hoạch thực hiện nhiệm vụ năm học số 25/ KH – MN ngày 18 tháng 8 năm 2016 của Phòng "
    "giáo dục và Đào tạo         quận Cầu Giấy.",
    "Căn cứ vào kế hoạch năm học 2016-2017 số 13/KH – MNBSX ngày 16 tháng 9 năm 2016 của Trường mầm non "
    "Búp Sen Xanh;",
    "Căn cứ  vào thực tế, trường mầm non Búp Sen Xanh xây dựng kế hoạch tổ chức các hoạt động của tháng "
    "3 như sau:",
    "I. Mục đích yêu cầu",
    "1. Mục đích:",
    "- Nhằm giúp trẻ tìm hiểu về ý nghĩa của ngày quốc tế phụ nữ 8/3, Tết Hàn thực.",
    "- Trẻ được thể hiện tình cảm của mình với người thân yêu ( bà, mẹ, cô giáo, bạn gái…) vào ngày 8/3.",
    "2. Yêu cầu:",
    "          -  Tạo được không khí chào mừng, kỉ niệm ngày quốc tế 8/3.",
    "          - Trẻ được tham gia vào hoạt động tập thể: xem chương trình nghệ thuật chào mừng ngày quốc "
    "tế phụ nữ 8/3 cùng với người thân trong gia đình.",
    "          - Trẻ được trải nghiệm công việc làm bánh trôi.",
    "II. Nội dung",
    "A. Ngày Quốc tế phụ nữ 8/3",
]:
    P.para(line)
P.item("1. Phần 1: Trang trí lớp, sân trường và cho trẻ tìm hiểu về ngày 8/3",
       ev("2017-03-02", "2017-03-06", title="Trang trí lớp, sân trường",
          location="các lớp, sân trường"))
P.para("1.1. Thời gian: từ ngày 2/3/2017 -> 6/3/2017")
P.para("1.2. Địa điểm: tại các lớp, sân trường.")
P.para("1.3. Nội dung:")
P.save_docx()
