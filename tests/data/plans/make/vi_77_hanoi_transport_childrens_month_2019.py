"""Cổng thông tin Hà Nội, a news item "Phối hợp đảm bảo trật tự ATGT, tuyên truyền thực hiện “Tháng hành
động vì trẻ em năm 2019” (14:10 15/05/2019)": the Department of Transport's letter of 13/5 (no
event), the plans it cites (dated documents, no events), a day the order must be kept in Ba Vì
("vào ngày 28/5/2019 để phục vụ tổ chức Lễ phát động …") and the plan: the city's launching ceremony
"vào ngày 28/5/2019 tại huyện Ba Vì", the districts' ceremonies or meetings "từ ngày 25/5/2019 đến
ngày 01/6/2019". The stored copy is cut in the last sentence."""
from vi_corpus import Plan, ev

P = Plan("vi-77-hanoi-transport-childrens-month-2019",
         source="https://hanoi.gov.vn/tintuc_sukien/-/hn/ZVOm7e3VDMRM/7320/2826170/6/phoi-hop-am-bao-trat-tu-atgt-tuyen-truyen-thuc-hien-thang-hanh-ong-vi-tre-em-nam-2019.html",
         kind="event-plan", academic_year="2018-2019", batch="2026-12-07-vi-15")
P.para("Phối hợp đảm bảo trật tự ATGT, tuyên truyền thực hiện “Tháng hành động vì trẻ em năm 2019” (14:10 15/05/2019)",
       bold=True)
P.para("")
P.para("HNP - Ngày 13/5, Sở GTVT đã ban hành Công văn số 4046/SGTVT-QLKCHTGT về phối hợp đảm bảo trật tự ATGT, tuyên "
       "truyền thực hiện “Tháng hành động vì trẻ em năm 2019”.")
P.para("Thực hiện ý kiến chỉ đạo của UBND thành phố Hà Nội tại các văn bản số 108/KH-UBND ngày 04/5/2019 về Kế hoạch "
       "Thực hiện Tháng hành động vì trẻ em năm 2019, sau khi nghiên cứu và xem xét, Sở Giao thông vận tải Hà Nội giao "
       "Văn phòng Ban an toàn giao thông thành phố Hà Nội: Phối hợp với Sở Lao động Thương binh và Xã hội, Sở Giáo dục "
       "Đào tạo và các đơn vị liên quan xây dựng kế hoạch thực hiện tuyên truyền trên các phương tiện thông tin đại "
       "chúng, các báo đài về “Tháng hành động vì trẻ em năm 2019”.")
P.para("Thanh tra Giao thông vận tải Hà Nội phối hợp với các đơn vị chức năng của Công an Thành phố, Sở Lao động "
       "Thương binh và Xã hội, Sở Giáo dục Đào tạo và UBND các quận, huyện, thị xã và các đơn vị liên quan xây dựng kế "
       "hoạch và thực hiện đảm bảo trật tự an toàn giao thông tại các khu vực tổ chức vui chơi cho trẻ em. Đặc biệt lưu "
       "ý đảm bảo trật tự an toàn giao thông khu vực UBND huyện Ba Vì vào ngày 28/5/2019 để phục vụ tổ chức Lễ phát "
       "động “Tháng hành động vì trẻ em năm 2019”.")
P.item("Dự kiến, cấp Thành phố: UBND Thành phố tổ chức Lễ phát động Tháng hành động vì trẻ em vào ngày 28/5/2019 tại "
       "huyện Ba Vì. Cấp quận, huyện, thị xã: xây dựng kế hoạch và tổ chức Lễ phát động hoặc hội nghị triển khai từ ngày "
       "25/5/2019 đến ngày 01/6/2019, tùy theo tình hình thực t",
       ev("2019-05-28", title="Lễ phát động Tháng hành động vì trẻ em", location="huyện Ba Vì"),
       ev("2019-05-25", "2019-06-01", title="Lễ phát động hoặc hội nghị triển khai"))
P.save_docx()
