"""Trường Mầm non Hoa Hồng (Quảng Yên, Quảng Ninh): "Trung thu năm 2020-2021", a kindergarten news
page saved as text. The event in the first sentence: "Chiều ngày 24/9 tức 15/8 âm lịch, trường mầm
non Hoa Hồng tổ chức tết trung thu cho các cháu học sinh." — a day with no year (the title's school
year 2020-2021 gives it: September 2020) and its lunar date after "tức"; the parents and local
people who came are no partners."""
from vi_corpus import Plan, ev

P = Plan("vi-58-hoahong-kindergarten-mid-autumn-2020",
         source="http://quangyen.quangninh.edu.vn/mnhoahong/tin-tuc-su-kien1/id/194687/trung-thu-nam-2020-2021.aspx",
         kind="kindergarten-plan", academic_year="2020-2021", batch="2026-12-07-vi-9")
P.para("Trung thu năm 2020-2021")
P.item("Chiều ngày 24/9 tức 15/8 âm lịch, trường mầm non Hoa Hồng tổ chức tết trung thu cho các cháu học sinh.",
       ev("2020-09-24", title="tết trung thu"))
for line in [
    "Buổi lễ được diễn ra với các tiết mục văn nghê, trò chơi xen kẽ nhau cùng với sự dẫn dắt của chú cuội, "
    "chị Hằng, Tôn Ngộ Không làm cho các cháu học sinh vô cùng thích thú.",
    "Buổi lễ tết trung thu cong được đông đảo nhân dân và phụ huynh nhiệt tình ủng hộ, làm cho buổi lễ camhf "
    "thêm phần náo nhiệt.",
    "Qua buổi lễ đã đánh dấu được kết quả về công tác tổ chức chăm sóc - nuôi dưỡng - giáo dục trẻ đồng thời "
    "thê hiện rõ được công tác phối kết hợp giưa cơ quan đoàn thể , phụ huynh, xã hội và nhà trường.",
]:
    P.para(line)
P.save_txt()
