"""A kindergarten's Mid-Autumn plan of 2006-2007, as published on mamnon.com and kept as
Word's "save as text" gives it: the symbol-font bullets stay as the private-use character
Word writes (""), the tasks name their teachers ("Cô Trần Thị Hoàng Dung - HT"), and the day
is one bullet ("Dự kiến tổ chức ngày Thứ Sáu 6/10", no year: the school year's October)
followed by the groups, each with its place and its leader."""
from vi_corpus import Plan, ev

P = Plan("vi-26-mamnon-mid-autumn-2006",
         source="http://mamnon.com/printTopic.aspx?topicID=5809",
         kind="kindergarten-plan", academic_year="2006-2007", batch="2026-12-07-vi-2")
P.para("Website Giáo dục mầm non - www.mamnon.com")
P.para("Kế hoạch tổ chức tết trung thu 2006")
P.para("KẾ HOẠCH TỔ CHỨC TẾT TRUNG THU")
P.para("NĂM HỌC: 2006-2007")
P.para("I. MỤC ĐÍCH YÊU CẦU")
P.para("Thông qua các hoạt động mừng lễ hội, trẻ có ấn tượng về ngày Tết Trung Thu.")
P.para("Biết cùng cô trang trí sân chơi, tập cho trẻ kỹ năng làm việc theo nhóm, biết phối hợp "
       "chia sẻ giúp đỡ lẫn nhau.")
P.para("II. CHUẨN BỊ :")
P.para("Bàn bạc, phân công nhiệm vụ:")
for line in [
    " Chịu trách nhiệm chỉ đạo chung : Cô Trần Thị Hoàng Dung - HT",
    " Triển khai hình thức tổ chức và nội dung đến giáo viên và duyệt các kế hoạch của lễ hội "
    "của nhóm lớp : Cô Nguyễn Thị Túy Phượng – PHT.",
    " Trang bị đồ dùng phục vụ lễ hội : Cô Nguyễn Thị Xuân Lan – PHT.",
    " Trang trí môi trường lễ hội ngoài sân :",
    "+ Dán bảng ảnh, sắp xếp môi trường : Cô Nghiêm",
    "+ Giăng dây, bơm bong bóng : Anh Khải",
    "+ Âm Thanh + chụp ảnh : Anh Tùng.",
    " Xây dựng 1 tiết mục văn nghệ đặc sắc : Múa rối chú Cuội, tập các bé lớp Lá múa Lân",
]:
    P.para(line)
P.para("III. HÌNH THỨC TỔ CHỨC, ĐỊA ĐIỂM VÀ THỜI GIAN THỰC HIỆN :")
P.item(" Dự kiến tổ chức ngày Thứ Sáu 6/10",
       ev("2006-10-06", title="Tết Trung thu", location="Sân trường"))
for line in [
    " Bàn bạc phân công nhóm :",
    "Nhóm 1 : Địa điểm : Sân trường ( Nhóm Trưởng Cô Anh Hồng)",
    " Cô Hồng – Mai – Hạnh – Hoàng Lan – Đăng Phương",
    "Nhóm 2 : Địa điểm : Sân trường ( Nhóm Trưởng Cô Yến Linh)",
    " Cô Linh – Giàu – Ai – Ngọc – Oanh",
    "Nhóm 3 : Địa điểm : Phòng Thể Dục ( Nhóm Trưởng Cô Thúy Hằng)",
    " Mầm 1 – C. Thanh Tâm – Cô Hằng",
    " Cháu sử dụng sản phẩm lồng đèn tự làm để treo trang trí biểu diễn các bài hát trong chương "
    "trình cô dạy.",
]:
    P.para(line)
P.save_txt()
