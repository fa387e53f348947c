"""Liên đội THCS Minh Lập (Đồng Hỷ, Thái Nguyên): plan of the Young Pioneer work for December
of the 2019-2020 school year. Under the official header of the Đội (HĐĐ HUYỆN ĐỒNG HỶ /
LIÊN ĐỘI THCS MINH LẬP | ĐỘI TNTP HỒ CHÍ MINH) the tasks are numbered paragraphs with no
dates of their own, so each spans December 2019; task 3 names two anniversaries with their
spans in brackets ("(22/12/1989 - 22/12/2019)", "(22/12/1944 - 22/12/2019)"), which are not
the task's time, and goes on in an unnumbered paragraph. The title glues the month to the
year ("tháng 12năm học 2019 - 2020"). The stored copy ends inside task 4 (dropped)."""
from vi_corpus import Plan, ev

P = Plan("vi-13-minhlap-team-december-2019",
         source="http://thcsminhlap.donghy.edu.vn/ke-hoach-giao-duc/ke-hoach-cong-tac/kh-cong-tac-doi-va-phong-trao-thieu-nhi-thang-12-nam-hoc-201.html",
         kind="month-plan", academic_year="2019-2020")
P.header(["HĐĐ HUYỆN ĐỒNG HỶ", "LIÊN ĐỘI THCS MINH LẬP", "Số:    /KH-LĐ"],
         ["ĐỘI TNTP HỒ CHÍ MINH", "", "Minh Lập, ngày 27 tháng 11 năm 2019"])
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("Công tác Đội và phong trào thiếu nhi tháng 12năm học 2019 - 2020", bold=True, center=True)
P.para("Chủ đề: “Tự hào anh bộ đội cụ Hồ”", center=True)
DEC = ("2019-12-01", "2019-12-31")
P.item("1. Tổ chức sơ kết tháng 11, triển khai kế hoạch công tác tháng 12.", ev(*DEC),
       title="Tổ chức sơ kết tháng 11")
P.item("2. Đẩy mạnh thực hiện phong trào “Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy” thông qua các phong trào nhánh: phong trào “Nghìn việc tốt”, “bạn giúp bạn”, “Xanh - sạch - đẹp”, “Nói lời hay làm việc tốt”, “Nhặt được của rơi trả lại người mất”... bằng nhiều hình thức phong phú, phù hợp với Liên đội.",
       ev(*DEC), title="Đẩy mạnh thực hiện phong trào")
P.item("3. Tổ chức các hoạt động kỷ niệm 30 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2019) và 75 năm ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2019). Tăng cường công tác tuyên truyền về truyền thống Quân đội nhân dân Việt Nam, tuyên truyền biên giới, biển đảo quê hương trong các giờ sinh hoạt Liên đội dưới cờ, sinh hoạt 15’ đầu giờ, trong các buổi sinh hoạt Đội; Tổ chức cho học sinh thăm hỏi tặng hoa, giao lưu VHVN với các đơn vị bộ đội kết nghĩa.",
       ev(*DEC), title="Tổ chức các hoạt động kỷ niệm 30 năm")
P.para("Tổ chức tuyên truyền, vận động đội viên tích cực tham gia viết thư, làm thiệp chúc Tết tới các chiến sỹ đang làm nhiệm vụ tại nhà giàn DK1.")
P.save_docx()
