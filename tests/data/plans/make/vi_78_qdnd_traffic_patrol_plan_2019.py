"""Quân đội nhân dân, a news item "Từ 30-8, triển khai kế hoạch tuần tra kiểm soát giao thông toàn
quốc" (the traffic police's plan, 2019): what the police will do, with the schools among its partners
("phối hợp với ngành giáo dục tổ chức tuyên truyền …"), and in its last sentence "Kế hoạch được thực
hiện từ 30-8 đến hết 30-9-2019." (day-month with hyphens). The stored copy begins mid-paragraph."""
from vi_corpus import Plan, ev

P = Plan("vi-78-qdnd-traffic-patrol-plan-2019",
         source="https://www.qdnd.vn/xa-hoi/tin-tuc/tu-30-8-trien-khai-ke-hoach-tuan-tra-kiem-soat-giao-thong-toan-quoc-589414",
         kind="police-plan", academic_year="2019-2020", batch="2026-12-07-vi-15")
P.item("CSGT yêu cầu CSGT 63 địa phương tăng cường lực lượng, trang thiết bị tuần tra, kiểm soát, xử lý vi phạm và "
       "tuyên truyền bảo đảm trật tự ATGT, trật tự xã hội; phòng ngừa và đấu tranh làm giảm tai nạn giao thông (TNGT) "
       "và ùn tắc giao thông trong cả nước. ")
P.item("Cục CSGT và CSGT các địa phương phối hợp với các cơ quan thông tin, báo chí, đẩy mạnh tuyên truyền về kế hoạch "
       "này, phối hợp với ngành giáo dục tổ chức tuyên truyền, giáo dục văn hóa và kỹ năng tham gia giao thông đường bộ, "
       "đường sắt, đường thủy qua các hoạt động ngoại khóa đầu năm học cho học sinh, sinh viên và công nhân viên chức "
       "ngành giáo dục... Kế hoạch được thực hiện từ 30-8 đến hết 30-9-2019.")
P.para("AN QUỐC")
P.events.append({"title": "tuần tra", "start": "2019-08-30", "end": "2019-09-30"})
P.save_docx()
