"""Xã Đồng Than (Yên Mỹ, Hưng Yên): the commune's report of the school-year opening at its three
schools, 5 September 2024, a web page of paragraphs. One long paragraph: the ministry's framework
("… tổ chức lễ khai giảng vào ngày 5/9/2024."), then the day itself ("Sáng ngày 05/9/2024. Tại 3
điểm trường THCS, Trường Tiểu học và Trường Mầm Non xã Đồng Than: Long trọng tổ chức …"), the
arrival time ("6 giờ sáng ngày 05/9/2024 … đã có mặt tại trường") and the ceremony's hours ("diễn
ra trong 2 tiếng từ 7 giờ đến 9 giờ" — a count of hours, then a clock range). One event, the
opening ceremony of 5 September 2024 at the commune's three schools."""
from vi_corpus import Plan, ev

P = Plan("vi-60-dongthan-opening-ceremony-2024",
         source="https://dongthan.yenmy.hungyen.gov.vn/xa-dong-than-tai-cac-diem-truong-thcs-truong-tieu-hoc-va-truong-mam-non-long-trong-to-chuc-le-khai-giang-nam-hoc-moi-2024-2025-c2138.html",
         kind="event-plan", academic_year="2024-2025", batch="2026-12-07-vi-10")
P.para("Xã Đồng Than: Tại các điểm trường THCS, Trường Tiểu học và Trường Mầm non long trọng tổ chức Lễ khai "
       "giảng năm học mới 2024-2025", bold=True)
P.item("Cũng theo Điều 1 Khung kế hoạch thời gian năm học 2024-2025 đối với giáo dục mầm non, giáo dục phổ thông và "
       "giáo dục thường xuyên do Bộ trưởng Bộ Giáo dục và Đào tạo ban hành kèm theo Quyết định 2045/QĐ-BGDĐT năm "
       "2024 thì toàn thể các trường học trên cả nước sẽ tổ chức lễ khai giảng vào ngày 5/9/2024. Sáng ngày "
       "05/9/2024. Tại 3 điểm trường THCS, Trường Tiểu học và Trường Mầm Non xã Đồng Than: Long trọng tổ chức "
       "chào đón các đại biểu, các quý thầy cô cùng các em học sinh thân mến ! Trong không khí vui mừng phấn khởi, "
       "6 giờ sáng ngày 05/9/2024 các thầy cô giáo và các em học sinh đã có mặt tại trường để chuẩn bị chu đáo cho "
       "Lễ khai giảng năm học mới diễn ra trong 2 tiếng từ 7 giờ đến 9 giờ. Tại buổi lễ khai giảng cô giáo Hiệu "
       "trưởng thực hiện sự lãnh đạo chỉ đạo của Đảng uỷ- UBND xã Đồng Than . Thay mặt cán bộ, giáo viên nhà trường "
       "cô Hiệu trưởng đã phát biểu chỉ đạo và giao nhiệm vụ cho giáo viên và các em học sinh năm học mới 2024-2025 "
       "tích cự phát huy nhiều thành tích và thắng lợi mới, nâng tổng số các giáo viên, học sinh giỏi cấp tỉnh, cấp "
       "huyện nhiều hơn so với năm trước. Nhà trường đặt ra phương hướng và kế hoạch cho năm học mới bắt đầu, năm học "
       "2024-2025 với nhiều niềm vui và phấn khởi và quyết tâm thực hiện tốt nhiệm vụ mà ngành giáo dục đã ban hành "
       "để đóng góp nhiều thành tích cho xã Đồng Than ngày một đi lên. Tại buổi Lễ khai giảng. Tiếng trống trường "
       "vang lên báo hiệu một năm học mới cũng đã bắt đầu.",
       ev("2024-09-05", title="Lễ khai giảng"))
P.save_docx()
