"""Trường Tiểu học Chu Văn An (TP.HCM): "TỔNG KẾT HỘI KHOẺ PHÙ ĐỔNG CẤP TRƯỜNG", saved as text. The
closing day in the first sentence, after the games' length and with its year only in the school
year named at the end ("Sau 2 tuần diễn ra sôi nổi, Sáng ngày 12/11 Nhà trường đã tổ chức tổng kết
Hội khỏe Phù Đổng cấp Trường năm học 2020 - 2021." — 12 November 2020; the two weeks before it are
the games themselves, a span a reader can only guess, not listed), then the five sports and the
results (no dates); blank lines where the page had pictures."""
from vi_corpus import Plan, ev

P = Plan("vi-74-chuvanan-primary-sports-day-closing-2020",
         source="https://thchuvanan.hcm.edu.vn/hoat-dong-chuyen-mon/tong-ket-hoi-khoe-phu-dong-cap-truong/ct/22941/595810",
         kind="event-plan", academic_year="2020-2021", batch="2026-12-07-vi-14")
P.para("TỔNG KẾT HỘI KHOẺ PHÙ ĐỔNG CẤP TRƯỜNG")
P.item("Sau 2 tuần diễn ra sôi nổi, Sáng ngày 12/11 Nhà trường đã tổ chức tổng kết Hội khỏe Phù Đổng cấp Trường năm "
       "học 2020 - 2021. Với 5 môn thi đấu: Đá banh, kéo co, cờ vua, cờ tướng, cầu lông. Qua đánh giá của Ban tổ chức, "
       "các em đã có sự chuẩn bị tập luyện chu đáo, nên khi tham gia Hội khỏe Phù Đổng các vận động viên thi đấu nhiệt "
       "tình, sôi nổi với tinh thần thể thao; thực hiện nghiêm túc Điều lệ giải và các yêu cầu của Ban tổ chức.",
       ev("2020-11-12", title="tổng kết Hội khỏe Phù Đổng"))
for line in ["", "", "", "Chất lượng các đội tập thể khá đồng đều, có nhiều nội dung thi đấu gay cấn, hấp dẫn như trận đấu "
             "bóng đá nam, nữ của khối lớp Bốn, Năm, kéo co lớp Một, Hai, Ba. Qua hội thi, ngoài việc đem lại niềm vui "
             "còn rèn cho học sinh tính kỉ luật, tinh thần đồng đội.", "", "",
             "Sau cuộc thi Nhà trường chọn, phát triển được những em có năng khiếu tiếp tục bồi dưỡng cho Hội khoẻ Phù Đổng "
             "cấp Quận và Thành phố!"]:
    P.para(line)
P.save_txt()
