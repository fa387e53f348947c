"""Trường Mầm non Giao Thiện with the commune police, a provincial news page: the title, the
page's date line "Thứ Sáu, 26/12/2025" (the post's date, the day after the event), then "…
năm học 2025–2026, sáng ngày 25/12, Trường Mầm non Giao Thiện đã phối hợp với Công an xã tổ chức
Chương trình “Tôi yêu Việt Nam”, chuyên đề “Bé với an toàn giao thông – Phòng cháy chữa cháy và
cứu nạn cứu hộ (PCCC – CNCH)”." — a day with no year (December of the school year 2025–2026), the
commune police a partner; the guests and what the police taught follow (no dates). Saved as text.
The stored copy ends inside the third paragraph (cut there)."""
from vi_corpus import Plan, ev

P = Plan("vi-71-giaothien-kindergarten-police-traffic-2025",
         source="https://giaoan.thanhhoa.gov.vn/van-hoa-xa-hoi/truong-mam-non-giao-thien-to-chuc-chuyen-de-be-voi-an-toan-giao-thong-pccc-cnch-644499",
         kind="event-plan", academic_year="2025-2026", batch="2026-12-07-vi-13")
P.para("Trường Mầm non Giao Thiện tổ chức chuyên đề “Bé với an toàn giao thông – PCCC, CNCH”")
P.para("Thứ Sáu, 26/12/2025")
P.item("Thực hiện công tác giáo dục an toàn giao thông (ATGT) và Chương trình “Tôi yêu Việt Nam” cấp học giáo dục mầm "
       "non năm học 2025–2026, sáng ngày 25/12, Trường Mầm non Giao Thiện đã phối hợp với Công an xã tổ chức Chương "
       "trình “Tôi yêu Việt Nam”, chuyên đề “Bé với an toàn giao thông – Phòng cháy chữa cháy và cứu nạn cứu hộ (PCCC – "
       "CNCH)”. Dự chương trình có đại diện Ban Giám hiệu nhà trường, lãnh đạo Công an xã cùng đông đảo cán bộ, giáo "
       "viên, phụ huynh và các cháu học sinh.",
       ev("2025-12-25", title="Chương trình “Tôi yêu Việt Nam”", partners=["Công an xã"]))
P.para("Chương trình được tổ chức nhằm nâng cao hiệu quả công tác giáo dục ATGT trong nhà trường; tiếp tục triển khai các "
       "nội dung giáo dục ATGT cho trẻ mẫu giáo từ 3 đến 5 tuổi phù hợp với Chương trình giáo dục mầm non. Thông qua hoạt "
       "động này, nhà trường hướng tới hình thành cho trẻ những kiến thức, kỹ năng cơ bản và thói quen tham gia giao "
       "thông an toàn ngay từ lứa tuổi mầm non, đồng thời nâng cao ý thức trách nhiệm của đội ngũ cán bộ quản lý, giáo "
       "viên, nhân viên và phụ huynh trong công tác giáo dục ATGT cho trẻ.")
P.para("")
P.para("Tại chương trình, các chiến sĩ Công an xã đã trực tiếp tuyên truyền, phổ biến cho các cháu những kiến thức cơ "
       "bản về an toàn giao thông và phòng cháy, chữa cháy bằng hình thức gần gũi, dễ hiểu, phù hợp với lứa tuổi mầm "
       "non. Thông qua hệ thống tranh ảnh minh họa, mô hình trực quan và các tình huống giả định, các chiến sĩ đã hướng "
       "dẫn các cháu nhận biết đèn tín hiệu giao thông, cách đi bộ an toàn, đội mũ bảo hiểm đúng quy cách khi ngồi trên "
       "xe máy")
P.save_txt()
