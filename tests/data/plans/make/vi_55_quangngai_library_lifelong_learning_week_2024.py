"""Thư viện Tổng hợp tỉnh Quảng Ngãi: "Hoạt động hưởng ứng Tuần lễ học tập suốt đời trên địa bàn tỉnh
Quảng Ngãi" (2024), the provincial library's news page. Paragraphs on lifelong learning, the
week's theme with no dates, the library's book rotation to ten school libraries and a mobile
service at Trường TH Phổ An (no day given), an image caption, then the one dated event: "Tại
trường THCS Nghĩa Dũng, sáng ngày 7/10/2024 UBND xã Nghĩa Dũng, TP Quảng Ngãi đã tổ chức Lễ phát
động Hưởng ứng tuần lễ học tập suốt đời năm 2024 …" — the place first, then the day, then the
organizer. The stored copy ends inside the next paragraph (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-55-quangngai-library-lifelong-learning-week-2024",
         source="https://thuvientinh.quangngai.gov.vn/hoat-dong-huong-ung-tuan-le-hoc-tap-suot-doi-tren-dia-ban-tinh-quang-ngai",
         kind="library-plan", academic_year="2024-2025", batch="2026-12-07-vi-8")
P.para("HOẠT ĐỘNG HƯỞNG ỨNG TUẦN LỄ HỌC TẬP SUỐT ĐỜI TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI", bold=True)
P.para("   Học tập suốt đời là việc học tập của mỗi cá nhân không chỉ dừng lại trong một thời gian hay giai đoạn "
       "nhất định. Tức là chúng ta không chỉ học tập khi ở trên ghế nhà trường, mà còn cần học tập ngay cả khi "
       "đã đi làm, khi về già. Trong xã hội hiện đại, thế giới không ngừng thay đổi, việc học tập không ngừng "
       "đã trở thành việc tất yếu. ")
P.para("   Tuần lễ hưởng ứng học tập suốt đời năm 2024 với chủ đề “Phát triển văn hóa đọc thúc đẩy học tập suốt "
       "đời” đã được các cấp, các ngành trên địa bàn tỉnh chỉ đạo và thực hiện đặc biệt là sự hưởng ứng đông "
       "đảo của hệ thống thư viện trên toàn tỉnh.")
P.para("   Hệ thống Thư viện công cộng trên địa bàn tỉnh đã chủ động phối hợp với các trường trên địa bàn tỉnh "
       "luân chuyển sách về trường phục vụ tuần lễ học tập suốt đời. Thư viện Tổng hợp tỉnh Quảng Ngãi đã luân "
       "chuyển sách cho 10 điểm thư viện trường học. Đồng thời phối kết hợp tổ chức Phục vụ Lưu động sách tại "
       "trường TH Phổ An, xã Nghĩa An, TP Quảng Ngãi và tuyên truyền hưởng ứng tuần lễ học tập suốt đời trên "
       "Website và bảng tin điện tử của thư viện.")
P.para("Lễ khai mạc Phục vụ lưu động sách của Thư viện Tổng hợp tỉnh tại trường TH Phổ An, TP Quảng Ngãi")
P.item("  Tại trường THCS Nghĩa Dũng, sáng ngày 7/10/2024 UBND xã Nghĩa Dũng, TP Quảng Ngãi đã tổ chức Lễ phát "
       "động Hưởng ứng tuần lễ học tập suốt đời năm 2024, với chủ đề “Phát triển văn hóa đọc thúc đẩy học tập "
       "suốt đời”.",
       ev("2024-10-07", title="Lễ phát động", location="trường THCS Nghĩa Dũng"))
P.save_docx()
