"""Công an tỉnh Phú Thọ: "Công an xã Lai Đồng tuyên truyền phòng cháy, chữa cháy và quản lý pháo dịp
Tết Nguyên đán 2026", a police news page (dated 12/01/2026 in its title line). The one event is
in the second paragraph's sentence: "… ngày 31/12/2025, Công an xã Lai Đồng đã phối hợp với Ban
Giám hiệu Trường Phổ thông Dân tộc Bán trú THCS Đồng Sơn tổ chức buổi tuyên truyền về công tác
phòng cháy, chữa cháy …" — the day after the long name of the plan it carries out, the police
post the partner of the school, the school the place. The title line's date and the Party
congress and election years are no events."""
from vi_corpus import Plan, ev

P = Plan("vi-54-laidong-police-school-fire-talk-2025",
         source="https://congan.phutho.gov.vn/article/Cong-an-xa-Lai-Dong-tuyen-truyen-phong-chay-chua-22835-48",
         kind="event-plan", academic_year="2025-2026", batch="2026-12-07-vi-8")
P.para("Tuyên truyền, phổ biến kiến thức AN, ATTT")
P.para("Công an xã Lai Đồng tuyên truyền phòng cháy, chữa cháy và quản lý pháo dịp Tết Nguyên đán 2026 "
       "(12/01/2026)", bold=True)
P.para("Nhằm nâng cao nhận thức, kỹ năng phòng ngừa cháy, nổ và chấp hành pháp luật về quản lý, sử dụng pháo "
       "trong dịp Tết Nguyên đán Bính Ngọ năm 2026, Công an xã Lai Đồng đã phối hợp với nhà trường tổ chức "
       "tuyên truyền, phổ biến kiến thức pháp luật và kỹ năng thực hành cho giáo viên, học sinh trên địa bàn, "
       "góp phần bảo đảm an ninh, an toàn ngay từ cơ sở.")
P.item("Thực hiện Kế hoạch của Công an tỉnh về mở đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, "
       "trật tự phục vụ Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI, "
       "HĐND các cấp nhiệm kỳ 2026–2031 và Tết Nguyên đán Bính Ngọ năm 2026, ngày 31/12/2025, Công an xã Lai "
       "Đồng đã phối hợp với Ban Giám hiệu Trường Phổ thông Dân tộc Bán trú THCS Đồng Sơn tổ chức buổi tuyên "
       "truyền về công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ; công tác quản lý, sử dụng pháo cho giáo "
       "viên và học sinh nhà trường.",
       ev("2025-12-31", title="tuyên truyền", location="THCS Đồng Sơn", partners=["Công an xã Lai Đồng"]))
P.para("Trường Phổ thông Dân tộc Bán trú THCS Đồng Sơn có trên 90% học sinh là con em đồng bào dân tộc thiểu "
       "số. Phần lớn các em sinh sống tại các thôn, khu vực vùng sâu, vùng xa của xã Lai Đồng nên phải ăn ở tập "
       "trung tại trường. Điều kiện sinh hoạt nội trú, cùng với hạn chế về kiến thức, kỹ năng phòng cháy, chữa "
       "cháy và hiểu biết pháp luật về pháo tiềm ẩn nguy cơ xảy ra cháy, nổ, tai nạn và vi phạm pháp luật, nhất "
       "là trong thời điểm trước, trong và sau Tết Nguyên đán.")
P.save_docx()
