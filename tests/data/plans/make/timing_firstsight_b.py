"""Writes tests/data/timing_firstsight_2026-12-07b.jsonl: the second batch of timing texts copied as
written from real, public pages (term-date pages, board and PTA meeting lists, library and museum
programmes, fire-station open houses; Russian kindergarten, trustees and safety-month pages and
news; Vietnamese school notices and provincial news) that no earlier batch or plan of the corpus
used, each with what a careful reader answers under docs/TIMING.md in the given academic year,
the page it came from and its language. Scored at first sight (tests/data/FIRST_SIGHT.md) with
`timing_judge.py`, which runs `plancal timing` on each text and judges the answer as
src/timing/tests.rs does.

The file is rewritten whole on every run."""
import os

from timing_records import HERE, add, days, multiple, recs, habit as recurring, lang, write_batch  # noqa: F401

OUT = os.path.join(HERE, "..", "..", "timing_firstsight_2026-12-07b.jsonl")


# ---------------------------------------------------------------- English
S = "https://www.southsea.portsmouth.sch.uk/school-life/term-dates"
y = "2025-2026"
add(y, "Autumn term 2025: Wednesday 3 September – Friday 19 December 2025", "range", "2025-09-03", "2025-12-19", S)
add(y, "Half term: Monday 27 October – Friday 31 October 2025", "range", "2025-10-27", "2025-10-31", S)
add(y, "Christmas: Monday 22 December – Friday 2 January 2026", "range", "2025-12-22", "2026-01-02", S)
add(y, "Spring term 2026: Monday 5 January – Friday 27 March 2026", "range", "2026-01-05", "2026-03-27", S)
add(y, "Easter: Monday 30 March – Friday 10 April 2026", "range", "2026-03-30", "2026-04-10", S)
add(y, "Summer term 2026: Monday 13 April – Wednesday 22 July 2026", "range", "2026-04-13", "2026-07-22", S)
add(y, "May Day: Monday 4 May 2026", "date", "2026-05-04", src=S)
add(y, "Monday 23rd February 2026", "date", "2026-02-23", src=S)
S = "https://www.purbrookparkschool.co.uk/page/?pid=640&title=School+Day%2C+Term+Dates+%26amp%3B+INSET"
add(y, "Autumn Term 2025 starts on Wednesday 3 September 2025 and ends on Friday 19 December 2025 (Half term "
       "from Monday 27 October to Friday 31 October 2025)", "range", "2025-09-03", "2025-12-19", S)
add(y, "Spring Term 2026 starts on Monday 5 January 2026 and ends on Friday 27 March 2026 (Half term from Monday "
       "16 February to Friday 20 February 2026)", "range", "2026-01-05", "2026-03-27", S)
add(y, "Friday 17th October 2025", "date", "2025-10-17", src=S)
add(y, "Monday 22nd June 2026", "date", "2026-06-22", src=S)
add("2026-2027", "Tuesday 1st September 2026", "date", "2026-09-01", src=S)
S = "https://www.cutnallgreenprimary.co.uk/term-dates-2"
add(y, "Inset day: Monday 1 and Tuesday 2 September 2025", "range", "2025-09-01", "2025-09-02", S)
add(y, "Term ends: Thursday 18 December 2025", "date", "2025-12-18", src=S)
add(y, "Half-term holiday: Monday 16 February 2026 to Friday 20 February 2026", "range", "2026-02-16", "2026-02-20", S)
add(y, "- Bank Holiday Monday 4th May", "date", "2026-05-04", src=S)
add(y, "- Summer holiday starts: Tuesday 21 July 2026", "date", "2026-07-21", src=S)
add(y, "Good Friday –Friday 3 April 2026", "date", "2026-04-03", src=S)
add(y, "Christmas Day – Thursday 25 December 2025", "date", "2025-12-25", src=S)
S = "https://www.barnacreroadprimary.co.uk/page/?pid=32&title=Term+Dates"
add(y, "INSET Day Monday, 1 September 2025", "date", "2025-09-01", src=S)
add(y, "Half Term Monday, 27 October – Friday, 31 October 2025 (inclusive)", "range", "2025-10-27", "2025-10-31", S)
add(y, "End of Term at 2:00pm Friday, 19 December 2025", "date", "2025-12-19", src=S)
add(y, "Term Begins on Monday, 5 January 2026", "date", "2026-01-05", src=S)
add(y, "Half Term Closure Monday, 16 February – Friday, 20 February 2026 (inclusive)", "range", "2026-02-16", "2026-02-20", S)
add(y, "May Day Closure Monday, 4 May 2026", "date", "2026-05-04", src=S)
S = "https://www.bremencs.com/page/board-of-education/"
add("2024-2025", "September 9. 2024", "date", "2024-09-09", src=S)
add("2023-2024", "Friday, July 12, 2024 (8:00 a.m.)**", "date", "2024-07-12", src=S)
add("2023-2024", "April 15, 2024*", "date", "2024-04-15", src=S)
add("2023-2024", "Annual Board Retreat/Required Training will be held on May 30-31, 2024.", "range", "2024-05-30", "2024-05-31", S)
add("2023-2024", "during the first full week of April 1-5th", "range", "2024-04-01", "2024-04-05", S)
add("2024-2025", "Fall break/closed schools during the week of October 7-11th", "range", "2024-10-07", "2024-10-11", S)
S = "https://www.besptatigers.com/meetings"
y = "2025-2026"
add(y, "August 20, 2025 Minutes", "date", "2025-08-20", src=S)
add(y, "March 18, 2026 (Annual Election for incoming 26-27 PTA Executive Board)", "date", "2026-03-18", src=S)
recurring(y, "General Association Meetings are held on the third or fourth Wednesday of the month.", "monthly", S)
S = "http://mattapoisettlibrary.org/childrenstorytime.asp"
recurring("2025-2026", "Tuesday mornings, 10:30 - 11 am", "weekly", S)
recurring("2025-2026", "Thursdays 10:30 to 11:15 am", "weekly", S)
S = "https://abilenetx.gov/CivicAlerts.aspx?AID=1090"
recurring("2021-2022", "Tuesdays at 2:30PM for Ages 5-6", "weekly", S)
add("2021-2022", "Will run until October 12.", "deadline", "2021-10-12", src=S)
S = "http://marlboroughpubliclibrary.org/children/"
y = "2018-2019"
add(y, "Tuesday, October 30th @ 3:30 PM", "date", "2018-10-30", src=S)
recurring(y, "Mondays @ 10 AM", "weekly", S)
add(y, "Thursday, November 1st @ 10 AM", "date", "2018-11-01", src=S)
multiple(y, "Friday, November 2nd & 16th @ 11 AM", days("2018-11-02", "2018-11-16"), S)
recurring(y, "on the first Thursday of every month", "monthly", S)
S = "https://heightsobserver.org/read/2024/09/30/hang-out-at-the-uh-fire-station-oct-6"
y = "2024-2025"
add(y, "This year, Fire Prevention Week is October 6–13.", "range", "2024-10-06", "2024-10-13", S)
add(y, "on Oct. 6, noon to 3 p.m.", "date", "2024-10-06", src=S)
S = "https://fountainvalley.gov/1507/Annual-Fire-Station-Open-House-Fire-Prev"
add("2023-2024", "Annual Fire Department Open House Invitation, October 14, 2023", "date", "2023-10-14", src=S)
recurring("2023-2024", "observed each year during the second week of October", "yearly", S)
S = "https://dev.thedevondaily.co.uk/news/local-news/half-term-full-fun-museum-and-art-gallery"
y = "2015-2016"
multiple(y, "on Saturday 28 and Tuesday 31 May and Friday 3 and Saturday 4 June",
         days("2016-05-28", "2016-05-31", "2016-06-03", "2016-06-04"), S)
add(y, "On Wednesday 1 June", "date", "2016-06-01", src=S)
add(y, "at 1.30pm on Saturday 4 June", "date", "2016-06-04", src=S)
S = "https://www.artfund.org/whats-on/events/2022/05/31/family-workshop-at-the-museum-play-on-a-midsummers-night-dream"
add("2021-2022", "Tuesday 31 May to Wednesday 1 June, 10am to 12noon", "range", "2022-05-31", "2022-06-01", S)
S = "https://www.effinghamil.com/question/when-is-your-open-house-day/"
recurring("2025-2026", "normally scheduled on the first full week of October", "yearly", S)
lang("en")

# ---------------------------------------------------------------- Russian
S = "https://du15.polotskroo.by/попечительский-совет/план-мероприятий-попечительского-совета-на-2023-2024-учебный-год"
y = "2023-2024"
add(y, "постоянно", "range", "2023-09-01", "2024-08-31", S)
multiple(y, "октябрь, апрель", [{"start": "2023-10-01", "end": "2023-10-31"}, {"start": "2024-04-01", "end": "2024-04-30"}], S)
multiple(y, "март, май", [{"start": "2024-03-01", "end": "2024-03-31"}, {"start": "2024-05-01", "end": "2024-05-31"}], S)
add(y, "летний период", "range", "2024-06-01", "2024-08-31", S, tolerance_days=7)
add(y, "в течение года", "range", "2023-09-01", "2024-08-31", S)
S = "https://udo47.oktobrgrodno.gov.by/попечительский-совет/план-деятельности-попечительского-совета-на-2024-2025-учебный-год"
y = "2024-2025"
add(y, "В течение учебного года", "range", "2024-09-01", "2025-08-31", S)
add(y, "Октябрь", "range", "2024-10-01", "2024-10-31", S)
S = "https://www.mo-krasno.ru/news/obrazovanie/item/31083-mesyachnik-bezopasnosti-detej.html"
add("2020-2021", "в период с 26 августа по 20 сентября 2020 года", "range", "2020-08-26", "2020-09-20", S)
S = "http://ufavesti.ru/73282-v-bashkirii-s-20-avgusta.html"
add("2019-2020", "с 20 августа по 20 сентября", "range", "2019-08-20", "2019-09-20", S)
S = "http://tvlesnoy.ru/20-avgusta-startuet-mesyachnik-bezopasnosti-detej"
add("2020-2021", "Он стартует 20 августа и продлится до 20 сентября.", "range", "2020-08-20", "2020-09-20", S)
S = "https://upk-gribino.schools.by/news/175707"
add("2015-2016", "С 11 по 16 апреля 2016 года", "range", "2016-04-11", "2016-04-16", S)
S = "http://pug-oo.ucoz.net/news/vserossijskaja_nedelja_bezopasnosti_dorozhnogo_dvizhenija/2023-09-29-824"
add("2023-2024", "С 18 по 22 сентября 2023 года", "range", "2023-09-18", "2023-09-22", S)
S = "https://club-vityaz.uralschool.ru/site/pub?id=267"
add("2025-2026", "Неделя профилактики со 2 по 6 марта", "range", "2026-03-02", "2026-03-06", S)
S = "http://detsad144.ru/news/2100"
add("2023-2024", "В период с 26 по 29 декабря2023г.", "range", "2023-12-26", "2023-12-29", S)
S = "https://kulturanovoorsk.ucoz.ru/news/nedelja_detskoj_i_junosheskoj_knigi/2014-03-20-106"
recurring("2013-2014", "С 24 по 31 марта ежегодно", "yearly", S)
S = "http://miassmuzey.ru/2021/02/04/%d0%b4%d0%b5%d0%bd%d1%8c-%d0%bd%d0%b0%d1%83%d0%ba%d0%b8-%d0%b2-%d0%bc%d1%83%d0%b7%d0%b5%d0%b5"
add("2020-2021", "6 февраля с 11.00 до 17.00", "date", "2021-02-06", src=S)
S = "http://alga--sool.my1.ru/news/edinyj_otkrytyj_urok_29_04_2016/2016-04-28-47"
add("2015-2016", "29 апреля 2016 года (в канун Дня пожарной охраны)", "date", "2016-04-29", src=S)
S = "https://helpiks.su/4-131226.html"
add("2020-2021", "проводится с 16-28 ноября", "range", "2020-11-16", "2020-11-28", S)
S = "https://infomordovia.ru/?action=view&id=2795&module=articles"
add("2019-2020", "14:45 06.03.2020", "date", "2020-03-06", src=S)
S = "https://korovatichi.schools.by/pages/plan-raboty-biblioteki-na-20242025-uchebnyj-god"
add("2024-2025", "(данные на 01.09.2024 г.)", "date", "2024-09-01", src=S)
S = "https://mdou403.wixsite.com/home/post/отчет-о-проведении-месячника-по-профилактике-пожарной-безопасности"
add("2019-2020", "в период с 01.04.2020 по 30.04.2020", "range", "2020-04-01", "2020-04-30", S)
S = "https://detsad46.rchuv.ru/news/2023/04/28/denj-pozharnoj-ohrani"
add("2022-2023", "30 апреля в России отмечается День пожарной охраны.", "date", "2023-04-30", src=S)
S = "https://chaikayaya.kuz-edu.ru/index.php?id=40797"
add("2022-2023", "Дата публикации: 15.03.2023 г.", "date", "2023-03-15", src=S)
S = "https://ramenki.mos.ru/presscenter/news/detail/1071022.html"
add("2013-2014", "03.06. 2014 года", "date", "2014-06-03", src=S)
S = "https://www.xn----ctbhc1cos.xn--p1ai/news-dsi/item/68146-vserossijskaya-aktsiya-vezu-detej-bezopasno"
add("2023-2024", "с 13 июня по 1 декабря 2024 года", "range", "2024-06-13", "2024-12-01", S)
S = "https://ber-ou55.uralschool.ru/site/pub?id=138"
add("2023-2024", "30.10.2023", "date", "2023-10-30", src=S)
add("2023-2024", "с 22:00 до 06:00", "unknown", src=S)
lang("ru")

# ---------------------------------------------------------------- Vietnamese
S = "https://baophutho.vn/to-chuc-hoat-dong-huong-ung-ngay-toan-dan-phong-chay-chua-chay-cuu-nan-cuu-ho-240558.htm"
y = "2025-2026"
add(y, "Ngày 2/10", "date", "2025-10-02", src=S)
add("2024-2025", "ngày 13/8/2025", "date", "2025-08-13", src=S)
S = "https://baodautu.vn/hoi-khoe-phu-dong-toan-quoc-lan-thu-x-da-san-sang-d220935.html"
y = "2023-2024"
add(y, "diễn ra từ ngày 28/7 đến 6/8 tại Hải Phòng", "range", "2024-07-28", "2024-08-06", S)
add(y, "Giai đoạn I - các khu vực diễn ra từ 18/4 đến 22/6/2024", "range", "2024-04-18", "2024-06-22", S)
add(y, "Giai đoạn II - Toàn quốc diễn ra từ 25/7 đến 06/8/2024", "range", "2024-07-25", "2024-08-06", S)
S = "https://cafef.vn/lich-nghi-tet-nguyen-dan-2026-cua-hoc-sinh-tieu-hoc-ha-noi-chinh-thuc-18826012121583379.chn"
add("2025-2026", "từ thứ Hai, ngày 16/2/2026 (tức 29 tháng Chạp năm Ất Tỵ) đến hết thứ Sáu, ngày 20/2/2026 (tức "
    "mùng 4 tháng Giêng năm Bính Ngọ)", "range", "2026-02-16", "2026-02-20", S)
S = "http://tapchisonghuong.com.vn/tin-tuc/p1/c12/n32934/Ngay-Sach-va-Van-hoa-doc-Viet-Nam-lan-thu-3-nam-2024-dien-ra-tu-ngay-15-4-den-ngay-25-4-2024.html"
y = "2023-2024"
add(y, "diễn ra từ ngày 15/4 đến ngày 25/4/2024", "range", "2024-04-15", "2024-04-25", S)
add(y, "trọng tâm từ ngày 15/4/2024 đến hết ngày 25/4/2024", "range", "2024-04-15", "2024-04-25", S)
S = "https://khamphahue.com.vn/Hue-24h/Thong-bao/tid/Ke-hoach-to-chuc-Ngay-Sach-va-Van-hoa-doc-Viet-Nam-lan-thu-3-nam-2024-tren-dia-ban-tinh-Thua-Thien-Hue.html/pid/16853/cid/72"
add(y, "Ngày 27/3/2024", "date", "2024-03-27", src=S)
S = "https://baove.congly.vn/kon-tum-khai-mac-ngay-sach-va-van-hoa-doc-viet-nam-nam-2023-375452.html"
add("2022-2023", "diễn ra từ ngày 15 - 21/4/2023", "range", "2023-04-15", "2023-04-21", S)
S = "http://mn1thang6.pgdtanhong.edu.vn/ke-hoach-to-chuc-khai-giang-nam-hoc-2022-2023-cua-truong-mam-non-16/"
add("2022-2023", "Tân Hồng, ngày 29 tháng 8 năm 2022", "date", "2022-08-29", src=S)
add("2022-2023", "ngày 18 tháng 8 năm 2022", "date", "2022-08-18", src=S)
S = "http://mgsaobien.edu.vn/vi/news/hoat-dong/ke-hoach-to-chuc-cho-tre-tham-gia-trai-nghiem-be-di-cho-giup-me-nam-hoc-2023-2024-91.html"
add("2023-2024", "Tam Hải, ngày 20 tháng 03 năm 2024", "date", "2024-03-20", src=S)
S = "http://mnkhaitri.bentre.vnptweb.vn/chinh-quyen/ke-hoach-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2024-2025-271849"
add("2024-2025", "Bình Phú, ngày 02 tháng 5 năm 2025", "date", "2025-05-02", src=S)
add("2024-2025", "ngày 06 tháng 9 năm 2024", "date", "2024-09-06", src=S)
S = "http://mnphuonghong.chauduc-brvt.edu.vn/ke-hoach/ke-hoach-hoi-thi-be-khoe-be-tai-nang.html"
add("2020-2021", "Bình Giã, ngày 04 tháng 3 năm 2021", "date", "2021-03-04", src=S)
add("2020-2021", "ngày 01/10/2020", "date", "2020-10-01", src=S)
S = "https://c0tanan.tanhiep.edu.vn/vui-hoi-trang-ram.html"
add("2018-2019", "sáng ngày 21/9/2018", "date", "2018-09-21", src=S)
S = "http://thvinhhoaa.pgdphugiao.edu.vn/thong-bao-kh-thi-gvg-vong-truong-nh-2021-2022/"
add("2021-2022", "ngày 11 tháng 10 năm 2021", "date", "2021-10-11", src=S)
S = "http://thso2quangphu.pgdquangtrach.edu.vn/van-ban-phap-quy/ke-hoach-to-chuc-hoi-khoe-phu-dong-2020-2021.html"
add("2020-2021", "Tháng Mười Hai 28, 2020 10:11 sáng", "date", "2020-12-28", src=S)
add("2020-2021", "Kế hoạch số 81/KH-UBND ngày 03/12/2020", "date", "2020-12-03", src=S)
S = "http://thso2quangxuan.pgdquangtrach.edu.vn/thong-bao-nha-truong/uong-ung-tuan-le-hoc-tap-suot-doi.html"
add("2017-2018", "Tháng Mười 13, 2017 8:02 sáng", "date", "2017-10-13", src=S)
S = "http://mn2.tphue.thuathienhue.edu.vn/printpage-tin-tuc/ke-hoach-y-te-nam-hoc-2017-2018.html"
add("2017-2018", "Cập nhật lúc : 10:40 17/01/2018", "date", "2018-01-17", src=S)
S = "https://hethongphapluat.com/ke-hoach-22-kh-ubnd-nam-2023-thuc-hien-chuong-trinh-suc-khoe-hoc-duong-giai-doan-2023-2025-tren-dia-ban-tinh-binh-dinh.html"
add("2022-2023", "Bình Định, ngày 15 tháng 02 năm 2023", "date", "2023-02-15", src=S)
add("2022-2023", "giai đoạn 2023-2025", "range", "2023-01-01", "2025-12-31", S)
S = "https://baogialai.com.vn/ky-ket-giao-duc-phap-luat-ve-an-toan-giao-thong-trong-cac-co-so-giao-duc-o-chu-se-post235530.html"
add("2022-2023", "Chiều 24-4", "date", "2023-04-24", src=S)
S = "https://baogialai.com.vn/ia-grai-ra-mat-5-mo-hinh-cong-truong-an-toan-giao-thong-post291794.html"
add("2024-2025", "Ngày 5-9", "date", "2024-09-05", src=S)
lang("vi")

# ---------------------------------------------------------------- write
write_batch(OUT)
