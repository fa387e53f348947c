"""Trường THPT Phan Thành Tài (Đà Nẵng): plan of the school's gifted-student exam for grades
10 and 11, January 2021. Its "THỜI GIAN, ĐỊA ĐIỂM" items are "Thời gian:Chiều thứ 5 ngày 28
tháng 01 năm 2021 (lúc 14 giờ 30)" and "Địa điểm:Phòng 10, 11, …" (no space after the
colon); a deadline for the teachers stands inside a dash line further on ("Chậm nhất sáng
25/01/2021"). The stored copy ends inside the assignments (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-30-phanthanhtai-gifted-exam-2021",
         source="http://ptt-dn.edu.vn/ke-hoach-thi-hoc-sinh-gioi-khoi-10-khoi-11-nam-hoc-2020-2021/",
         kind="event-plan", academic_year="2020-2021", batch="2026-12-07-vi-3")
P.header(["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "THÀNH PHỐ ĐÀ NẴNG", "TRƯỜNG TRUNG HỌC PHỔ THÔNG",
          "PHAN THÀNH TÀI", "Số:       /KH-THPTPTT"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
          "Đà Nẵng, ngày …. tháng 01 năm 2021"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Về việc tổ chức thi học sinh giỏi khối 10, 11", bold=True, center=True)
P.para("Năm học 2020 – 2021", bold=True, center=True)
P.para("Thực hiện Kế hoạch năm học 2020 – 2021. Trường THPT Phan Thành Tài xây dựng kế hoạch thi "
       "chọn học sinh giỏi khối 10, 11 như sau:")
P.para("MỤC ĐÍCH, YÊU CÂU", style="List Number")
P.para("Nhằm thực hiện kế hoạch năm học và lựa chọn đội tuyển kế cận chuẩn bị cho việc bồi dưỡng "
       "học sinh giỏi thi cấp thành phố các năm tiếp theo.")
P.para("NỘI DUNG", style="List Number")
P.para("Tổ chức kì thi học sinh giỏi cho khối 10 và khối 11 để lựa chọn học sinh giỏi trao thưởng "
       "và đưa vào đội tuyển HSG năm tiếp theo.")
P.para("THỜI GIAN, ĐỊA ĐIỂM", style="List Number")
P.item("Thời gian:Chiều thứ 5 ngày 28 tháng 01 năm 2021 (lúc 14 giờ 30)",
       ev("2021-01-28", title="thi học sinh giỏi", location="Phòng 10, 11, 12, 13, 14"),
       style="List Number")
P.para("Địa điểm:Phòng 10, 11, 12, 13, 14", style="List Number")
P.para("III. PHÂN CÔNG THỰC HIỆN")
P.para("Phân công ra đề, sao in, coi thi và chấm thi", style="List Number")
P.para("Nhà trường thành lập Hội đồng thi, Ban ra đề và sao in, Ban coi thi, Ban chấm thi.")
P.para("Nội dung, hình thức ra đề, đáp án", style="List Number")
P.para("– Nội dung: Tất cả kiến thức mà giáo viên bồi dưỡng khối đó đã dạy;")
P.para("– Hình thức: Toán, Ngữ văn, Tin học 120 phút, các môn còn lại 90 phút.")
P.para("Tất cả đều ra theo hình thức trắc nghiệm 50 câu (trừ môn Ngữ văn ra đề theo hình thức tự "
       "luận, Tin học ra đề thực hành);")
P.item("– Thời gian nộp đề và đáp án: Nộp cho Phó Hiệu trưởng chuyên môn Chậm nhất sáng "
       "25/01/2021 (Có đủ số lượng đề cho mỗi môn thi).",
       ev("2021-01-25", title="nộp đề và đáp án"))
P.save_docx()
