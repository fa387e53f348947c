"""Trường Phổ thông Năng khiếu (ĐHQG TP.HCM), its library's photo page "Không khí ngày Nhà giáo Việt
Nam 20/11", Word paragraphs: the post's stamp "11/12/2023 16:41" (11 December, three weeks after
the day: no event), an introduction ("Hôm nay (20/11), …", "… 41 năm Ngày nhà giáo Việt Nam
(20/11/1982 - 20/11/2023)." — an anniversary span, no event), a heading with the school's name,
then the event: "Sáng 20/11, Trường Phổ thông Năng khiếu (Đại học Quốc gia TP.HCM) đã tổ chức lễ mít
tinh kỷ niệm ngày Nhà giáo Việt Nam 2023. Sân trường … ngập tràn hoa …" (held in the schoolyard),
and picture captions repeated (typo "Kễ" for "Lễ"). The stored copy ends at "C" (cut there)."""
from vi_corpus import Plan, ev

P = Plan("vi-75-ptnk-teachers-day-2023",
         source="https://ptnk.hcm.dlib.vn/thu-vien-anh/khong-khi-ngay-nha-giao-viet-nam-2011-139.html",
         kind="event-plan", academic_year="2023-2024", batch="2026-12-07-vi-14")
P.para("Không khí ngày Nhà giáo Việt Nam 20/11", bold=True)
P.para("11/12/2023 16:41")
for line in [
        "Không khí ngày Nhà giáo Việt Nam 20/11 trên toàn quốc: Nhiều chương trình được đầu tư công phu, siêu rộn ràng. "
        "Trong đó trường Trung học PTNK ĐHQG - TP.HCM đã tổ chức lễ mít tinh kỷ niệm ngày Nhà giáo Việt Nam 2023. Cùng "
        "cập nhật không khí ngày Nhà giáo Việt Nam 20/11 tại Trung học PTNK nhé!",
        "Hôm nay (20/11), khắp cả nước đã tràn ngập bầu không khí mừng kỷ niệm ngày Nhà giáo Việt Nam. Đây là dịp lễ "
        "trọng đại nhằm tôn vinh truyền thống tôn sư trọng đạo của người Việt ta. Dịp lễ 20/11 năm nay cũng là đánh dấu "
        "cột mốc kỷ niệm 41 năm Ngày nhà giáo Việt Nam (20/11/1982 - 20/11/2023).",
        "Theo ghi nhận, năm nay nhiều trường trên khắp cả nước đã phát động các cuộc thi, chương trình ở đủ quy mô nhằm "
        "tri ân đến các thầy cô trong dịp đặc biệt này. Nhân dịp này, các bạn học sinh cũng có cơ hội bày tỏ tình cảm, "
        "gửi gắm những món quà và lời yêu thương đến đội ngũ nhà giáo đã và đang cống hiến cho sự nghiệp trồng người vĩ "
        "đại."]:
    P.para(line)
P.para("Trường Phổ thông năng khiếu (TP.HCM)", bold=True)
P.item("Sáng 20/11, Trường Phổ thông Năng khiếu (Đại học Quốc gia TP.HCM) đã tổ chức lễ mít tinh kỷ niệm ngày Nhà giáo "
       "Việt Nam 2023. Sân trường Phổ thông năng khiếu trong sáng nay ngập tràn hoa và niềm vui.",
       ev("2023-11-20", title="lễ mít tinh kỷ niệm ngày Nhà giáo Việt Nam", location="Sân trường"))
for _ in range(4):
    P.para("Kễ kỷ niệm ngày Nhà giáo Việt Nam 20/11 của trường THPT chuyên Phổ thông năng khiếu")
P.para("C")
P.save_docx()
