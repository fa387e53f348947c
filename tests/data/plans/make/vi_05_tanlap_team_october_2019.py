"""A primary school in Nha Trang, Khánh Hòa (site c1tlap1-nt.khanhhoa.edu.vn): Young Pioneer (Đội) plan for October 2019, as
plain text. Part I reviews September (done work, not events); part II lists the October
tasks as dash lines without their own dates, so each spans October 2019. One line quotes a
bracketed anniversary span "(23/10/1945 - 23/10/2019)" that is not the task's span; another
names 20/11 as the occasion. The stored copy ends inside the last line (dropped)."""
from vi_corpus import Plan, ev

P = Plan("vi-05-tanlap-team-october-2019",
         source="http://c1tlap1-nt.khanhhoa.edu.vn/tin-chi-tiet/id/1822/KE-HOACH-HOAT-DONG-DOI-THANG-10",
         kind="month-plan", academic_year="2019-2020")
P.para("KẾ HOẠCH CÔNG TÁC ĐỘI THÁNG 10/ 2019")
P.para("CHỦ ĐIỂM: “ CHĂM NGOAN HỌC GIỎI”")
P.para("I. Đánh giá công tác tháng 9:")
for t in ["- Nề nếp đầu năm nhanh chóng đi vào ổn định.",
          "- Luyện tập đội nghi lễ phục vụ lễ khai giảng chu đáo.",
          "- Tập huấn các đội Phụ trách sao, sao đỏ đi vào hoạt động.",
          "- Giáo dục chủ điểm tháng 9.",
          "- Tổ chức “Vui hội trăng rằm”",
          "- Sinh hoạt dưới cờ: lớp 5/1, 5/2",
          "- Chăm sóc di tích lịch sử đền Hùng.",
          "- Trang bị hồ sơ sổ sách chi đội, lớp nhi đồng...",
          "- Triển khai phong trào “Đọc và làm theo báo đội”",
          "- Tổ chức chương trình GD NGLL về ATGT, Phòng chống xâm hại, PCCC."]:
    P.para(t)
P.para("II. Kế hoạch công tác tháng 10/2019")
OCT = ("2019-10-01", "2019-10-31")
for t in ["- Giáo dục chủ điểm tháng 10",
          "- Sinh hoạt đội dưới cờ: tiểu phẩm, văn nghệ: lớp 5/3, 5/4",
          "- Đại hội Liên đội.",
          "- Tổ chức tập huấn cho Phụ trách chi đội, phụ trách lớp Nhi đồng, Ban chỉ huy liên, chi đội.",
          "- Tham gia các hoạt động Cụm thi đua của cụm 3, của Hội đồng Đội cấp trên.",
          "- Triển khai thực hiện Chương trình Rèn luyện đội viên giai đoạn 2018 - 2022.",
          "- Tập các bài múa, hát theo quy định (theo Video mẫu do Hội đồng Đội thành phố ban hành).“Hành khúc Đội TNTP Hồ Chí Minh”, “Niềm vui hôm nay em có Đảng”, “Hoa thơm dâng Bác”, “Thiếu nhi thế giới liên hoan”, “Đội ta lớn lên cùng đất nước”, “Trái đất này là của chúng mình”.",
          "- Tổ chức hoạt động kỷ niệm 74 năm ngày Nha Trang - Khánh Hòa kháng chiến (23/10/1945 - 23/10/2019).",
          "- Phát động phong trào thi đua chào mừng ngày Nhà giáo Việt Nam 20/11."]:
    P.item(t, ev(*OCT), title=t[2:])
P.save_txt()
