"""Museums of the Ministry of Culture around National Day 2025, as the Đà Nẵng paper announced
their plans (13 August 2025), a web page of paragraphs saved as text. The lead gives one event
("Từ ngày 1 - 3/9/2025, các bảo tàng trực thuộc Bộ … sẽ mở cửa miễn phí …"); then, per museum,
exhibitions inside sentences, each with "dự kiến khai mạc" and a day without a year ("trưng bày
chuyên đề 80 năm Công an nhân dân khắc ghi lời Bác, dự kiến khai mạc 15/8; trưng bày chuyên đề
\"Mùa thu độc lập\", dự kiến khai mạc 26/8; …") or "dự kiến khai mạc dịp 2/9" (the occasion of
2 September). Two closing sentences name exhibitions with no date (left undated by a reader, so
not listed). The year is the lead's."""
from vi_corpus import Plan, ev

P = Plan("vi-53-danang-museums-national-day-2025",
         source="https://baodanang.vn/nhieu-bao-tang-mo-cua-mien-phi-dip-quoc-khanh-2-9-3299244.html",
         kind="museum-plan", academic_year="2024-2025", batch="2026-12-07-vi-8")
P.para("Nhiều bảo tàng mở cửa miễn phí dịp Quốc khánh 2/9")
P.item("Từ ngày 1 - 3/9/2025, các bảo tàng trực thuộc Bộ Văn hóa, Thể thao và Du lịch sẽ mở cửa miễn phí để "
       "phục vụ người dân dịp Quốc khánh 2/9.",
       ev("2025-09-01", "2025-09-03", title="mở cửa miễn phí"))
P.item("Dịp này, Bảo tàng Hồ Chí Minh sẽ có các hoạt động: trưng bày chuyên đề 80 năm Công an nhân dân khắc "
       "ghi lời Bác, dự kiến khai mạc 15/8; trưng bày chuyên đề \"Mùa thu độc lập\", dự kiến khai mạc 26/8; "
       "trưng bày tranh sơn dầu khổ lớn \"Mùa xuân độc lập\" tại không gian ngoài trời, dự kiến khai mạc dịp 2/9.",
       ev("2025-08-15", title="80 năm Công an nhân dân khắc ghi lời Bác", location="Bảo tàng Hồ Chí Minh"),
       ev("2025-08-26", title="Mùa thu độc lập", location="Bảo tàng Hồ Chí Minh"),
       ev("2025-09-02", title="Mùa xuân độc lập", location="Bảo tàng Hồ Chí Minh"))
P.para("Bảo tàng Mỹ thuật Việt Nam tổ chức nhiều hoạt động trưng bày, triển lãm nhân dịp kỷ niệm 80 năm Cách "
       "mạng Tháng Tám và Quốc khánh 2/9.")
P.item("Bảo tàng Lịch sử quốc gia Việt Nam sẽ trưng bày “Bình dân học vụ - Thắp sáng tương lai” dự kiến khai "
       "mạc ngày 22/8.",
       ev("2025-08-22", title="Bình dân học vụ", location="Bảo tàng Lịch sử quốc gia Việt Nam"))
P.item("Bảo tàng Mỹ thuật Việt Nam sẽ tổ chức triển lãm \"Những người con của Tổ quốc\", dự kiến khai mạc "
       "ngày 15/8; triển lãm \"Trí tuệ nhân tạo trong mỹ thuật ứng dụng\" dự kiến khai mạc ngày 22/8.",
       ev("2025-08-15", title="Những người con của Tổ quốc", location="Bảo tàng Mỹ thuật Việt Nam"),
       ev("2025-08-22", title="Trí tuệ nhân tạo trong mỹ thuật ứng dụng", location="Bảo tàng Mỹ thuật Việt Nam"))
P.para("Bảo tàng Mỹ thuật Việt Nam tại Thành phố Hồ Chí Minh cũng sẽ diễn ra triển lãm \"Hồ Chí Minh - Chân "
       "dung một con người\".")
P.para("Làng Văn hóa - Du lịch các dân tộc Việt Nam tổ chức nhiều hoạt động hấp dẫn, giới thiệu văn hóa "
       "truyền thống của đồng bào các dân tộc và các hoạt động văn hóa, văn nghệ mừng Quốc khánh...")
P.save_txt()
