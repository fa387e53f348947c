"""Liên đội TH Tân Thạnh (Tân Biên, Tây Ninh): plan of the school round of the "phụ trách sao
giỏi" contest, 2009-2010, as Word's "save as text" gives it. One event, dated inside a dash
line ("-Khối 3,4,5 thi vào sáng thứ ( 14/3/2010)", the weekday left blank) with its start
time in the line above and its place on the next line. Letters lost to a legacy Vietnamese
font are kept as published ("đòa điểm", "đơn vò")."""
from vi_corpus import Plan, ev

P = Plan("vi-22-tanthanh-star-leader-contest-2010",
         source="https://text.123docz.com/document/2733055-ke-hoach-thi-phu-trach-sao-gioi.htm",
         kind="event-plan", academic_year="2009-2010", batch="2026-12-07-vi-1")
P.header(["ĐỘI TNTP HỒ CHÍ MINH", "LIÊN ĐỘI TH TÂN THẠNH", "***", "SỐ 09 /KH-LĐ"],
         ["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập-Tự do-Hạnh phúc.", "",
          "Tân Thạnh , ngày 02 tháng 03 năm 2010"])
P.para("KẾ HOẠCH")
P.para("THI PHỤ TRÁCH SAO GIỎI VÒNG TRƯỜNG")
P.para("NĂM HỌC 2009-2010")
P.para("Căn cứ vào kế hoạch hoạt động Đội TNTP Hồ Chí Minh năm học 2009-2010 của Liên Đội TH Tân "
       "Thạnh.")
P.para("Căn cứ vào kế hoạch hoạt động Đội TNTP Hồ Chí Minh tháng 3/ 2010 của HĐĐ Đội Tân Biên và "
       "PGD Tân Biên.")
P.para("Dựa vào tình hình thực tế của đơn vò .Nay Liên đội TH Tân Thạnh đề ra kế hoạch tổ chức hội "
       "thi chỉ huy Đội giỏi vòng trường năm học 2009-2010 với những nội dung cụ thể như sau:")
P.para("I. MỤC ĐÍCH YÊU CẦU:")
P.para("- Nhằm đánh giá khả năng sinh hoạt và các kỹ năng của các ban chỉ huy chi đội.")
P.para("- Phát hiện những em chỉ huy có năng khiếu và kỹ năng sinh hoạt đội nhằm bồi dưỡng tạo "
       "nguồn lực cho phong trào Đội.")
P.para("- Tất cả các chi đội tham gia đầy đủ, số lượng đội viên đảm bảo theo yêu cầu.")
P.para("II. NỘI DUNG KẾ HOẠCH:")
P.para("1. Thời gian và đòa điểm:Tổ chức trong 1 buổi: (sáng bắt đầu vào lúc 7h30’)")
P.item("-Khối 3,4,5 thi vào sáng thứ ( 14/3/2010)",
       ev("2010-03-14", title="Thi phụ trách sao giỏi", location="trường TH Tân Thạnh"))
P.para("Đòa điểm : tại trường TH Tân Thạnh")
P.para("2. Số lượng:")
P.para("-Mỗi chi đội cử một em chỉ huy và tất cả các đội viên trong chi đội.")
P.para("3. Nội dung:")
P.para("-Thực hành một buổi sinh hoạt sao, nội dung sinh hoạt theo các chủ điểm trong năm học, "
       "thời gian trong 10 phút.")
P.save_txt()
