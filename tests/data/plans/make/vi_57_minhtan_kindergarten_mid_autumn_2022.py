"""Trường Mẫu giáo Minh Tân (Dầu Tiếng, Bình Dương): "Bé vui lễ hội trăng rằm … 2022 – 2023", a
kindergarten news page. The post's stamp ("Thứ ba - 11/10/2022 10:41", no event), the title
again, a four-line poem with Hồ Chí Minh's letter of 1951 in brackets (no event), two paragraphs,
then the event inside a sentence: "Sáng ngày 9/9/2022 (nhằm ngày 14/8 âm lịch), Trường Mẫu giáo
Minh Tân tổ chức lễ “Vui hội trăng rằm” cho các bé." — a lunar gloss after the day."""
from vi_corpus import Plan, ev

P = Plan("vi-57-minhtan-kindergarten-mid-autumn-2022",
         source="https://mgminhtan.dautieng.edu.vn/nha-truong/be-vui-le-hoi-trang-ram-truong-mau-giao-minh-tan-2022-2023-348.html",
         kind="kindergarten-plan", academic_year="2022-2023", batch="2026-12-07-vi-9")
P.para("Bé vui lễ hội trăng rằm trường Mẫu giáo Minh Tân 2022 – 2023♥", bold=True)
P.para("Thứ ba - 11/10/2022 10:41")
P.para("Bé vui lễ hội trăng rằm trường Mẫu giáo Minh Tân 2022 – 2023♥")
for line in ["Trung thu trăng sáng như gương", "Bác Hồ ngắm cảnh nhớ thương nhi đồng",
             "Sau đây Bác viết mấy dòng", "Gửi cho các cháu thỏa lòng nhớ thương.",
             "(Thư trung thu gửi các cháu thiếu nhi năm 1951 – Hồ Chí Minh)"]:
    P.para(line)
P.para("          Nói đến “trung thu” là nói đến ngày tết của trẻ em. Ngày Tết này các bé đều nhận được rất nhiều "
       "sự quan tâm vì các con chính là nguồn sáng, là tương lai của đất nước.")
P.para("Thực hiện kế hoạch của Trường Mẫu giáo Minh Tân về việc tổ chức lễ hội trăng rằm năm 2022 cho các bé.")
P.item("          Hòa cùng không khí vui tươi, phấn khởi của các cháu thiếu nhi cả nước để chào đón một mùa trung "
       "thu nữa lại đến. Sáng ngày 9/9/2022 (nhằm ngày 14/8 âm lịch), Trường Mẫu giáo Minh Tân tổ chức lễ “Vui "
       "hội trăng rằm” cho các bé.",
       ev("2022-09-09", title="Vui hội trăng rằm"))
P.para("          Chương trình lễ hội được diễn ra với những phần quà ý nghĩa dành tặng các bé có hoàn cảnh khó khăn, "
       "những tiết mục văn nghệ, trò chơi, những chiếc lồng đèn, bánh trung thu, cùng với mâm cỗ là những chiếc "
       "kẹo, cái bánh cho các bé phá cỗ cũng mang đến một mùa trung thu thật ấm áp, sum vầy.")
P.save_docx()
