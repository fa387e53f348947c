"""Công an thành phố Hải Phòng, news of a ward police post: "Công an phường Trần Hưng Đạo tuyên
truyền an toàn giao thông … tại Trường Tiểu học Cộng Hòa", Word paragraphs. The event opens the
first sentence: "Sáng ngày 20/10/2025, Công an phường Trần Hưng Đạo phối hợp với Trường Tiểu học
Cộng Hòa tổ chức buổi tuyên truyền an toàn giao thông …" — a school and the ward police, the
police a partner of the school's day, held at the school; then what was taught (a quoted rule
"dừng lại – quan sát – giơ tay xin đường", no dates) and its outcome."""
from vi_corpus import Plan, ev

P = Plan("vi-70-tranhungdao-police-school-traffic-2025",
         source="http://congan.haiphong.gov.vn/Hoat-dong-Cong-an-cap-xa/Cong-an-phuong-Tran-Hung-Dao-Tuyen-truyen-an-toan-giao-thong-va-huong-dan-ky-nang-tham-gia-giao-thong-an-toan-tai-Truong-Tieu-hoc-Cong-Hoa-177336.html",
         kind="event-plan", academic_year="2025-2026", batch="2026-12-07-vi-13")
P.item("Sáng ngày 20/10/2025, Công an phường Trần Hưng Đạo phối hợp với Trường Tiểu học Cộng Hòa tổ chức buổi tuyên "
       "truyền an toàn giao thông và hướng dẫn kỹ năng tham gia giao thông an toàn cho các em học sinh trong toàn "
       "trường.",
       ev("2025-10-20", title="buổi tuyên truyền an toàn giao thông", location="Trường Tiểu học Cộng Hòa",
          partners=["Công an phường Trần Hưng Đạo"]))
P.para("Tại buổi tuyên truyền, cán bộ Công an phường truyền đạt những nội dung thiết thực và dễ nhớ đối với lứa tuổi học "
       "sinh tiểu học như: Đi bộ đúng phần đường, sang đường theo quy tắc “dừng lại – quan sát – giơ tay xin đường”; "
       "Không đùa nghịch dưới lòng đường, không chạy theo xe đang di chuyển; Hướng dẫn đội mũ bảo hiểm đúng cách, ngồi "
       "sau xe máy an toàn; Nhắc nhở phụ huynh chấp hành nghiêm Luật Giao thông đường bộ, đặc biệt là quy định đội mũ "
       "bảo hiểm cho trẻ em.")
P.para("Buổi tuyên truyền đã giúp các em học sinh nâng cao nhận thức, hình thành thói quen tham gia giao thông an toàn, "
       "đồng thời tạo sự phối hợp chặt chẽ giữa nhà trường – gia đình – lực lượng Công an trong công tác giáo dục, bảo vệ "
       "trẻ em.")
P.save_docx()
