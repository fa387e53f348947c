"""Foreign Trade University, campus 2 library: a FAQ entry "1. Mở cửa thư viện vào thứ 7, chủ
nhật và buổi tối." (a view counter "352" under it), Word paragraphs. The answer holds the plan: "từ
ngày 01/06/2020 đến ngày 31/08/2020, Thư viện sẽ mở cửa phục vụ thí điểm vào buổi tối các ngày trong
tuần và chiều Thứ Bảy …", then the hours as dash lines ("– Từ thứ Hai đến thứ Sáu: 7h00 – 19h00 …",
"– Thứ Bảy: 8h00 – 17h00 …" — one weekly opening over the span) and the usual hours after "Sau ngày
31/8/2020" (no event)."""
from vi_corpus import Plan, ev

P = Plan("vi-72-ftu-library-evening-opening-2020",
         source="https://cs2.ftu.edu.vn/helpie_faq/1-mo-cua-thu-vien-vao-thu-7-chu-nhat-va-buoi-toi/",
         kind="library-plan", academic_year="2019-2020", batch="2026-12-07-vi-13")
P.para("1. Mở cửa thư viện vào thứ 7, chủ nhật và buổi tối.", bold=True)
P.para("352")
P.item("Trả lời: Theo kế hoạch đã được Nhà trường phê duyệt, từ ngày 01/06/2020 đến ngày 31/08/2020, Thư viện sẽ mở cửa "
       "phục vụ thí điểm vào buổi tối các ngày trong tuần và chiều Thứ Bảy để phục vụ bạn đọc, cụ thể như sau:",
       ev("2020-06-01", "2020-08-31", title="mở cửa phục vụ thí điểm"))
P.para("– Từ thứ Hai đến thứ Sáu: 7h00 – 19h00 (kể cả buổi trưa);")
P.para("– Thứ Bảy: 8h00 – 17h00 (kể cả buổi trưa).")
P.para("Sau ngày 31/8/2020, Thư viện sẽ phục vụ theo lịch mở cửa hiện tại (Thứ Hai đến Thứ Sáu: 7h00 – 17h00; Thứ Bảy: "
       "8h00 – 12h00).")
P.save_docx()
