"""Liên đội trường THCS Đông Hưng A (An Minh, Kiên Giang): plan of a "Rung chuông vàng" quiz
for the Youth Union's day, March 2010. One event, dated in a sentence under "III/. THỜI GIAN
- ĐỊA ĐIỂM:" that also gives the hour and the place ("Sân chơi tổ chức 15 giờ ngày 27 tháng
3 năm 2010, tại trường THCS Đông Hưng A."). The stored copy ends inside the prizes (left
out)."""
from vi_corpus import Plan, ev

P = Plan("vi-29-donghunga-golden-bell-2010",
         source="https://text.123docz.net/document/1633310-ke-hoach-to-chuc-chao-mung-ngay-26-3.htm",
         kind="event-plan", academic_year="2009-2010", batch="2026-12-07-vi-3")
P.header(["UBND XÃ ĐÔNG HƯNG A", "Liên đội trường THCS Đông Hưng A", "Số: … /KH"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Đông Hưng A, ngày 16 tháng 3 năm 2010"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Rung chuông vàng chào mừng ngày thành lập Đoàn 26/3", bold=True, center=True)
for line in [
    "Thực hiện sự chỉ đạo của HĐĐ huyện An Minh.",
    "Thiết thực lập thành tích chào mừng ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – "
    "26/3/2010).Được sự cho phép và chỉ đạo trực tiếp của Ban Giám hiệu và các ban ngành đoàn "
    "thể của trường THCS Đông Hưng A.",
    "Nay liên đội trường THCS Đông Hưng A lập kế hoạch Sân chơi Rung chuông vàng cụ thể như sau:",
    "I/. ĐỐI TƯỢNG VÀ SỐ LƯỢNG:",
    "-Là học sinh đang học tại trường THCS Đông Hưng A, không phân biệt độ tuổi, giới tính.",
    "-Mỗi lớp tham dự 10 em học sinh.",
    "II/. NỘI DUNG - HÌNH THỨC:",
    "1/. Hình thức:",
    "- Các em tham gia trả lời câu hỏi bằng cách chọn A, B, C, D hoặc đúng (Đ), sai (S) hoặc trả "
    "lời ngắn.",
    "- Trang phục: các em tham dự mặc áo trắng, quần xanh, đen vai đeo khăn quàng hoặc (huy hiệu "
    "đoàn), không mang dép lào.",
    "Liên đội sẽ gửi câu hỏi (không có đáp án)cho các chi đội tham khảo trước riêng câu hỏi về "
    "trường, lớp, chi đội tự tìm hiểu.",
    "2/. Nội dung thi:",
    "-Tìm hiểu về Bác Hồ, ngày thành lập Đoàn, Đội, các ngày lễ lớn trong năm và tìm hiểu về "
    "trường, lớp,",
    "III/. THỜI GIAN - ĐỊA ĐIỂM:",
]:
    P.para(line)
P.item("Sân chơi tổ chức 15 giờ ngày 27 tháng 3 năm 2010, tại trường THCS Đông Hưng A.",
       ev("2010-03-27", title="Rung chuông vàng", location="trường THCS Đông Hưng A"))
P.para("IV/. GIẢI THƯỞNG:")
P.save_docx()
