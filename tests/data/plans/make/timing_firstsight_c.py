"""Writes tests/data/timing_firstsight_2026-12-07c.jsonl: the third batch of timing texts copied as
written from real, public pages (library closed-day lists, storytime and book-fair pages, half-term
round-ups, PTA pages, police and fire-station news; Russian library, museum and school news and
kindergarten reports; Vietnamese school documents' date lines, post stamps and news) that no earlier
batch, timing batch or plan of the corpus used, each with what a careful reader answers under
docs/TIMING.md in the given academic year, the page it came from and its language. Scored at first
sight (tests/data/FIRST_SIGHT.md) with `timing_judge.py`.

The file is rewritten whole on every run."""
import os

from timing_records import HERE, add, days, multiple, recs, habit as recurring, lang, write_batch  # noqa: F401

OUT = os.path.join(HERE, "..", "..", "timing_firstsight_2026-12-07c.jsonl")


# ---------------------------------------------------------------- English
S = "https://appl.info/Pages/Index/194214/closed-dates"
add("2024-2025", "January 1, 2025 (Wednesday) –New Year’s Day", "date", "2025-01-01", src=S)
add("2024-2025", "April 4, 2025 (Friday) - Staff Training Day", "date", "2025-04-04", src=S)
add("2024-2025", "July 23, 2025 (Wednesday) – Close at noon; Staff Meeting", "date", "2025-07-23", src=S)
add("2025-2026", "November 3, 2025 (Wednesday) – Staff Training Day", "date", "2025-11-03", src=S)
add("2025-2026", "December 5, 2025 (Friday) – Close at noon; Staff Christmas party", "date", "2025-12-05", src=S)
S = "https://chicagoridgelibrary.org/library-closings"
add("2025-2026", "Friday, July 3, 2026 -- Independence Day Observed", "date", "2026-07-03", src=S)
add("2025-2026", "Sunday, April 5, 2026 -- Easter Sunday", "date", "2026-04-05", src=S)
S = "https://www.leegov.com/library/about/closed-days"
add("2025-2026", "Wednesday, Nov. 26, 2025 - Libraries close at 6 p.m.", "date", "2025-11-26", src=S)
add("2025-2026", "Friday, Nov. 28, 2025", "date", "2025-11-28", src=S)
add("2026-2027", "Monday, Sept. 7, 2026 - Labor Day", "date", "2026-09-07", src=S)
S = "https://skokielibrary.info/about/hours-location-contact/closed/"
add("2023-2024", "We will open at 1 pm on December 8", "date", "2023-12-08", src=S)
add("2023-2024", "We will close at 5 pm on New Year's Eve, December 31, 2023", "date", "2023-12-31", src=S)
add("2022-2023", "Memorial Day, May 29, 2023", "date", "2023-05-29", src=S)
S = "https://macedonpubliclibrary.org/holiday-closings/"
add("2019-2020", "Tuesday, January 1: New Year’s Day", "date", "2020-01-01", src=S)
add("2019-2020", "Friday, July 3 and Saturday, July 4: Independence Day", "range", "2020-07-03", "2020-07-04", src=S)
add("2020-2021", "Thursday, November 26 & Friday, November 27: Thanksgiving", "range", "2020-11-26", "2020-11-27", src=S)
add("2020-2021", "Thursday, December 31: New Year’s Eve & Friday, January 1, 2021: New Year’s Day", "range",
    "2020-12-31", "2021-01-01", src=S)
S = "https://carylibrary.org/infant-toddler-and-preschool-activities"
recurring("2025-2026", "Music Monday (ages 2 - 5): Monday 10:30 am - 11 am", "weekly", S)
recurring("2025-2026", "Baby Laptime (prewalkers): Tuesday 9:30 am - 10 am", "weekly", S)
recurring("2025-2026", "Preschool Dance Party (ages  2 - 5) Wednesdays 10 am - 10:30 am", "weekly", S)
S = "https://jclibrary.info/2019/10/01/storytimes-at-the-library/"
recurring("2019-2020", "Mondays, 10:15 am", "weekly", S)
recurring("2019-2020", "Fridays, 10:00 to 11:30 am", "weekly", S)
add("2019-2020", "Wednesday, October 9, 10:30 am", "date", "2019-10-09", src=S)
add("2019-2020", "Wednesday, October 30, 10:30 am", "date", "2019-10-30", src=S)
S = "http://www.parents-news.co.uk/featured/half-term-events/"
add("2022-2023", "Saturday 11 February – Sunday 19 February 11.00 – 15.00", "range", "2023-02-11", "2023-02-19", src=S)
add("2022-2023", "Monday 13th – Friday 17th February", "range", "2023-02-13", "2023-02-17", src=S)
add("2022-2023", "Sunday 26th February", "date", "2023-02-26", src=S)
add("2022-2023", "Mon 13th February", "date", "2023-02-13", src=S)
add("2022-2023", "Wed 15th February", "date", "2023-02-15", src=S)
S = "https://www.theguardian.com/travel/2015/feb/08/february-half-term-2015-kids-activities-uk"
add("2014-2015", "(free, 14-22 Feb, phm.org.uk)", "range", "2015-02-14", "2015-02-22", src=S)
multiple("2014-2015", "14 Feb to 22 Mar and 1 Apr to 31 May",
         [{"start": "2015-02-14", "end": "2015-03-22"}, {"start": "2015-04-01", "end": "2015-05-31"}], S)
add("2014-2015", "(£3.50, 16-20 Feb, museum.maidstone.gov.uk)", "range", "2015-02-16", "2015-02-20", src=S)
multiple("2014-2015", "(£3.50, 15, 18, 19, 22 Feb, turnercontemporary.org)",
         days("2015-02-15", "2015-02-18", "2015-02-19", "2015-02-22"), S)
add("2014-2015", "(Portrait Detectives, free, 8 Feb, nationalgalleries.org)", "date", "2015-02-08", src=S)
S = "https://nccpdnews.com/2016/10/04/county-police-invite-residents-to-coffee-and-conversation/"
add("2016-2017", "scheduled for 8 a.m. to 10 a.m. on Friday, October 7", "date", "2016-10-07", src=S)
S = "https://americancityandcounty.com/2018/10/01/coffee-with-a-cop-events-bring-residents-closer-to-local-law-enforcement"
add("2018-2019", "will be holding the event on Wednesday, Oct. 3", "date", "2018-10-03", src=S)
S = "https://montgomerycomd.blogspot.com/2015/08/national-night-out.html?m=1"
add("2014-2015", "during the annual National Night Out observance on Tuesday, August 4", "date", "2015-08-04", src=S)
S = "http://tooeleonline.com/north-tooele-fire-department-to-host-open-house-on-oct-8/"
add("2019-2020", "The open house, set for Oct. 8 from 5 p.m. to 7 p.m.", "date", "2019-10-08", src=S)
recurring("2019-2020", "The observance is always the week of Oct. 9", "yearly", S)
S = "https://folsomtimes.com/flapjacks-firefighters-draw-a-crowd-for-folsom-fires-open-house/amp"
recurring("2025-2026", "Each year during October", "yearly", S)
S = "http://mapleridge.org/430/Fire-Prevention-Week"
recurring("2025-2026", "During Fire Prevention Week every year", "yearly", S)
S = "https://lepto.org/2023/11/book-fair-and-other-events"
add("2023-2024", "Book fair Dates: 11/27-11/28 (including evening event 11/28)", "range", "2023-11-27", "2023-11-28",
    src=S)
add("2023-2024", "Book Fair — 11/27 & 28", "range", "2023-11-27", "2023-11-28", src=S)
S = "https://belleshermanpta.org/scholastic-book-fair/library-schedule-for-book-fair/"
add("2022-2023", "Tuesday, March 7th from 6:30-7:30pm", "date", "2023-03-07", src=S)
S = "https://robs.org/library/reading-festival-2023"
multiple("2023-2024", "Book Sale: October 11-12 and October 15-17",
         [{"start": "2023-10-11", "end": "2023-10-12"}, {"start": "2023-10-15", "end": "2023-10-17"}], S)
add("2023-2024", "Friday, October 12: 8:00 a.m. – 11:00 a.m.", "date", "2023-10-12", src=S)
add("2023-2024", "from Tuesday, October 15-Thursday, October 17", "range", "2023-10-15", "2023-10-17", src=S)
S = "https://radfordnewsjournal.com/mccleary-elementary-students-excited-about-book-fair"
add("2017-2018", "Annual Scholastic Book Fair, October 2-6", "range", "2017-10-02", "2017-10-06", src=S)
multiple("2017-2018", "on Tuesday, October 3 and Thursday, October 5 from 3:30 to 6 p.m.",
         days("2017-10-03", "2017-10-05"), S)
S = "https://newcastlerecord.com/2019/02/26/mccleary-hosting-scholastic-book-fair-march-4-8"
add("2018-2019", "During the week of March 4 – 8", "range", "2019-03-04", "2019-03-08", src=S)
multiple("2018-2019", "on Tuesday, March 5, and Thursday, March 7, from 3:30 to 6 p.m.",
         days("2019-03-05", "2019-03-07"), S)
add("2018-2019", "on Thursday, March 7, from 7:30 to 8:30 a.m.", "date", "2019-03-07", src=S)
S = "https://newcastlerecord.com/2022/10/25/book-fair-returns-to-mccleary-elementary"
add("2022-2023", "McCleary will host a Scholastic Book Fair on Oct. 31-Nov. 4.", "range", "2022-10-31", "2022-11-04",
    src=S)
add("2022-2023", "on Wednesday, Nov. 2, from 3:30-6 p.m.", "date", "2022-11-02", src=S)
S = "https://newcastlerecord.com/?p=47587"
add("2021-2022", "McCleary will host the fair on April 11-14.", "range", "2022-04-11", "2022-04-14", src=S)
add("2021-2022", "on Wednesday April 13 from 4-7 pm", "date", "2022-04-13", src=S)
lang("en")

# ---------------------------------------------------------------- Russian
S = "https://smibs.ru/national-unity-day-2022.html"
add("2022-2023", "4 ноября", "date", "2022-11-04", src=S)
S = "https://rubtsovsk.org/kultura/2015/12/21/12538"
add("2015-2016", "22.12-16.00", "date", "2015-12-22", src=S)
add("2015-2016", "24.12-15.00", "date", "2015-12-24", src=S)
add("2015-2016", "25.12-18.00", "date", "2015-12-25", src=S)
add("2015-2016", "27.12-12.00", "date", "2015-12-27", src=S)
add("2015-2016", "26.12-17.00", "date", "2015-12-26", src=S)
S = "https://www.nios.ru/search?f%5B0%5D=created%3A2011-05-12-14&f%5B1%5D=created%3A2011-05-12-14-47"
add("2010-2011", "14 мая в Новосибирской области пройдёт акция «Музейная ночь - 2011»", "date", "2011-05-14", src=S)
recurring("2010-2011", "Ежегодно 18 мая отмечается Международный день музеев", "yearly", S)
S = "http://do24met.blogspot.com/2012/04"
add("2011-2012", "С 1 апреля по 5 мая", "range", "2012-04-01", "2012-05-05", src=S)
S = "https://news.myseldon.com/ru/news/index/269155643?requestId=44007da3-8804-438e-85e2-845bb635d01b"
add("2021-2022", "в период с 11 по 29 мая 2022 года", "range", "2022-05-11", "2022-05-29", src=S)
S = "https://doycohnovskiy.ucoz.ru/news/2016-08-30"
add("2016-2017", "С 29 августа по 12 сентября", "range", "2016-08-29", "2016-09-12", src=S)
S = "https://ds30.centerstart.ru/node/740"
add("2022-2023", "в детском саду 13 октября прошло мероприятие", "date", "2022-10-13", src=S)
S = "http://gavyam.ru/about/info/news/16762/"
add("2019-2020", "17.10.2019", "date", "2019-10-17", src=S)
S = "https://cro-betlica.ucoz.ru/news/2014-08-31"
add("2013-2014", "В рамках декады образования в 25 августа", "date", "2014-08-25", src=S)
add("2013-2014", "28 августа состоялось районное педагогическое совещание", "date", "2014-08-28", src=S)
S = "https://gurimc.ucoz.net/news/2018-11-02"
add("2018-2019", "30 октября 2018 г.", "date", "2018-10-30", src=S)
S = "https://persh-scool2.ucoz.org/news/2012-01-05"
add("2011-2012", "05 января 2012 года", "date", "2012-01-05", src=S)
S = "https://sosh1-ibresi.edu21.cap.ru/news/2011/05/21/news_127767/?id=ba481670-c730-45fb-a6aa-47af2380c163"
add("2010-2011", "20 мая состоялось заседание педагогического совета", "date", "2011-05-20", src=S)
S = ("https://perspektiva-school.ru/2025/10/31/%D1%81%D0%B5%D0%B3%D0%BE%D0%B4%D0%BD%D1%8F-31-%D0%BE%D0%BA%D1%82%D1%8F%D0%B1%D1%80%D1%8F-2025-"
     "%D0%B3%D0%BE%D0%B4%D0%B0-%D0%B2-%D1%87%D0%BE%D1%83-%D1%81%D0%BE%D1%88-%D0%BF%D0%B5%D1%80%D1%81/")
add("2025-2026", "на вторую четверть", "range", "2025-11-01", "2025-12-31", src=S, tolerance_days=14)
S = "https://moscow-gov.ru/doc/196208"
add("2008-2009", "на период 2008-2010 гг.", "range", "2008-01-01", "2010-12-31", src=S)
add("2008-2009", "от 16 апреля 2008 г. N 24/3", "date", "2008-04-16", src=S)
add("2008-2009", "от 18.06.2003  N 313", "date", "2003-06-18", src=S)
lang("ru")

# ---------------------------------------------------------------- Vietnamese
S = "https://giaoduc.net.vn/lich-nghi-tet-nguyen-dan-tag5412.gd"
add("2021-2022", "nghỉ lễ Quốc khánh từ ngày 2/9/2021 đến hết ngày 5/9/2021", "range", "2021-09-02", "2021-09-05",
    src=S)
S = "https://lamchame.vn/cap-nhat-lich-nghi-tet-nguyen-dan-tet-duong-lich-cua-63-tinh-thanh-cho-hoc-sinh-cac-cap-108377.html"
add("2020-2021", "thứ 6 ngày 1/1/2021", "date", "2021-01-01", src=S)
add("2020-2021", "1-2/1/2021 (tức thứ 6 và thứ 7)", "range", "2021-01-01", "2021-01-02", src=S)
S = "http://hanam.edu.vn/thhoply/_content/tintuc/detailnews/_15345559199463883803.html"
add("2018-2019", "Hợp Lý, ngày 6 tháng 10  năm 2018", "date", "2018-10-06", src=S)
add("2018-2019", "ngày 25 tháng 9 năm 2018", "date", "2018-09-25", src=S)
add("2018-2019", "ngày 17/12/2004", "date", "2004-12-17", src=S)
S = "http://tieuhocminhhoa.edu.vn/ke-hoach-hoat-dong-thu-vien-nam-hoc-2017-2018_p450.aspx"
add("2017-2018", "Minh Hoá, ngày 10 tháng 9 năm 2017", "date", "2017-09-10", src=S)
add("2017-2018", "ngày 31/12/2015", "date", "2015-12-31", src=S)
S = "http://mndongson.pgddonghung.edu.vn/tin-tuc/tin-tuc-hoat-dong/ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2019-2020-truong-mam-non2.html"
add("2019-2020", "ngày 09 tháng 9 năm 2019", "date", "2019-09-09", src=S)
S = "http://m.daidoanket.vn/giai-tri/ke-hoach-trung-bay-chuyen-de-nam-2018-tintuc391548"
add("2017-2018", "Thứ tư, 10/01/2018 08:57:00", "date", "2018-01-10", src=S)
S = "http://mnthuylien.thaithuy.edu.vn/gioi-thieu/truong-viet-anh"
add("2019-2020", "Đánh giá công tác tháng 12/2019", "range", "2019-12-01", "2019-12-31", src=S)
S = "https://truyenhinhtpth.com.vn/hoan-thanh-cong-tac-trung-bay-trien-lam-thanh-hoa-xua-va-nay/"
add("2018-2019", "17:25 !! 04/05/2019", "date", "2019-05-04", src=S)
add("2018-2019", "Đến chiều ngày 2-5", "date", "2019-05-02", src=S)
S = "https://vnews.gov.vn/video/khi-bao-tang-tro-thanh-truong-hoc-121195.htm"
add("2023-2024", "18-05-2024, 06:43", "date", "2024-05-18", src=S)
S = "https://baotang.thanhhoa.gov.vn/portal/pages/print.aspx?p=4594"
add("2018-2019", "Nhân kỷ niệm 73 năm Cách mạng tháng Tám và Quốc khánh 2/9", "date", "2018-09-02", src=S)
S = "http://hoahongthuchanh.edu.vn/2019/09/20/ke-hoach-cua-truong-mnth-hoa-hong-nam-hoc-2019-2020/"
add("2019-2020", "ngày 4 tháng 11 năm 2013", "date", "2013-11-04", src=S)
add("2019-2020", "ngày 08/08/2019", "date", "2019-08-08", src=S)
add("2019-2020", "Luật giáo dục ngày 14 tháng 6 năm 2005", "date", "2005-06-14", src=S)
add("2019-2020", "ngày 25/10/2011“Quy định chế độ làm việc", "date", "2011-10-25", src=S)
S = "https://nguonluc.com.vn/tag/ngay-hoi-doc-sach.html"
add("2023-2024", "sáng ngày 16/05, trường THCS Mai Dịch", "date", "2024-05-16", src=S)
S = "http://hoangdieudanang.edu.vn/index.php/component/content/article/1-tin-moi-nhat/451-nhsvn7"
add("2019-2020", "ngày 27 tháng 4 năm 2020", "date", "2020-04-27", src=S)
add("2019-2020", "ngày sách và bản quyền thế giới (23/4)", "date", "2020-04-23", src=S)
add("2019-2020", "ngày sách Việt Nam lần thứ 7 (21/4)", "date", "2020-04-21", src=S)
S = "http://mncamlien-pgdcamthuy.edu.vn/web/hoat-dong-cua-truong/hoi-thi/hoi-thi-be-voi-an-toan-giao-thong-nam-hoc-2025-2026.html"
add("2025-2026", "năm học 2025–2026", "range", "2025-09-01", "2026-08-31", src=S)
lang("vi")

# ---------------------------------------------------------------- write
write_batch(OUT)
