"""Writes tests/data/timing_real.jsonl: timing cells copied as written from real, published
plans and school calendars (Vietnamese, Russian, English), each with what a careful reader
would answer under docs TIMING.md, the plan's academic year and the page it came from.
Records already in timing_gold.jsonl (same text, case-insensitive) are left out.
A cell holding a line break is written with a space in its place (one text per line)."""
import json, os

from timing_records import GOLD, HERE, OUT, add, recs  # noqa: F401


def yearly(year, text, src, **kw):
    a, b = year.split("-")
    add(year, text, "recurring", f"{a}-09-01", f"{b}-08-31", src, freq="yearly", **kw)


# ---------------------------------------------------------------- Vietnamese
S = "http://mndonggiang.pgddonghung.edu.vn/ke-hoach-chuyen-mon/lich-chi-dao-va-thuc-hien-ke-hoach-nh-2019-2020.-truong-mn-d"
Y = "2019-2020"
add(Y, "8/2019", "range", "2019-08-01", "2019-08-31", S)
add(Y, "9/2019", "range", "2019-09-01", "2019-09-30", S)
add(Y, "Từ 01- 08/9", "range", "2019-09-01", "2019-09-08", S)
add(Y, "( 19/8/2019)", "date", "2019-08-19", src=S)
add(Y, "(05/9)", "date", "2019-09-05", src=S)
add(Y, "( ngày 6/9).", "date", "2019-09-06", src=S)
add(Y, "( chiều 28/9 )", "date", "2019-09-28", src=S)
add(Y, "Tuần 1 Từ 09/9- 14/9", "range", "2019-09-09", "2019-09-14", S)
add(Y, "ngày 26/9/2019", "date", "2019-09-26", src=S)

S = "http://mndonggiang.pgddonghung.edu.vn/ke-hoach-chuyen-mon/du-kien-cac-chu-de-va-thoi-gian-thuc-hien-chu-de"
Y = "2018-2019"
for t, a, b in [("17/8 - 8/9/2018", "2018-08-17", "2018-09-08"),
                ("10/09 - 29/09/2018", "2018-09-10", "2018-09-29"),
                ("01/10 - 20/10/2018", "2018-10-01", "2018-10-20"),
                ("22/10 - 17/11/2018", "2018-10-22", "2018-11-17"),
                ("19/11 - 15/12/2018", "2018-11-19", "2018-12-15"),
                ("17/12 - 12/01/2019", "2018-12-17", "2019-01-12"),
                ("14/01 – 02/02/2019", "2019-01-14", "2019-02-02"),
                ("04/02 – 09/02/2019", "2019-02-04", "2019-02-09"),
                ("11/02 - 09/03/2019", "2019-02-11", "2019-03-09"),
                ("11/03 - 06/04/2019", "2019-03-11", "2019-04-06"),
                ("08/04 - 27/04/2019", "2019-04-08", "2019-04-27"),
                ("29/04 - 04/05/2019", "2019-04-29", "2019-05-04"),
                ("06/05 - 11/05/2019", "2019-05-06", "2019-05-11"),
                ("13/05 - 18/05/2019", "2019-05-13", "2019-05-18"),
                ("20/05 - 25/05/2019", "2019-05-20", "2019-05-25")]:
    add(Y, t, "range", a, b, S)
add(Y, "Độ tuổi 13 - 24 tháng", "unknown", src=S)

S = "http://soncaninhthuan.edu.vn/gioi-thieu/lich-hoc-tap"
Y = "2020-2021"
for t, a, b in [("7/9 – 25/9/2020", "2020-09-07", "2020-09-25"),
                ("28/9 – 23/10/2020", "2020-09-28", "2020-10-23"),
                ("26/10 – 13/11/2020", "2020-10-26", "2020-11-13"),
                ("16/11 – 11/12/2020", "2020-11-16", "2020-12-11"),
                ("14/12 – 08/01/2021", "2020-12-14", "2021-01-08"),
                ("11/01 – 05/02/2021", "2021-01-11", "2021-02-05"),
                ("NGHỈ TẾT NGUYÊN ĐÁN TÂN SỬU (Từ 08/02 – 19/2/2021)", "2021-02-08", "2021-02-19"),
                ("22/02 – 12/03/2021", "2021-02-22", "2021-03-12"),
                ("15/03 – 09/4/2021", "2021-03-15", "2021-04-09"),
                ("12/4- 30/4/2021", "2021-04-12", "2021-04-30"),
                ("03/5 – 21/5/2021", "2021-05-03", "2021-05-21"),
                ("7/9 – 02/10/2020", "2020-09-07", "2020-10-02"),
                ("05/10 – 23/10/2020", "2020-10-05", "2020-10-23"),
                ("26/10 – 20/11/2020", "2020-10-26", "2020-11-20"),
                ("23/11 – 18/12/2020", "2020-11-23", "2020-12-18"),
                ("21/12 – 15/01/2021", "2020-12-21", "2021-01-15"),
                ("18/01 – 05/02/2021", "2021-01-18", "2021-02-05"),
                ("22/02 – 05/3/2021", "2021-02-22", "2021-03-05"),
                ("08/3 – 26/3/2021", "2021-03-08", "2021-03-26"),
                ("29/3 – 16/4/2021", "2021-03-29", "2021-04-16"),
                ("19/4 – 07/5/2021", "2021-04-19", "2021-05-07"),
                ("10/5 – 21/5/2021", "2021-05-10", "2021-05-21")]:
    add(Y, t, "range", a, b, S)
add(Y, "NH 2020-2021", "range", "2020-09-01", "2021-08-31", S)

S = "http://thcsthuongcat.pgdbactuliem.edu.vn/index.php?chucnang=view_chitiet&chudecode=6&baivietcode=222139"
add("2018-2019", "tháng 5/2019", "range", "2019-05-01", "2019-05-31", S)
S = "http://c1tlap1-nt.khanhhoa.edu.vn/tin-chi-tiet/id/1822/KE-HOACH-HOAT-DONG-DOI-THANG-10"
add("2019-2020", "THÁNG 10/ 2019", "range", "2019-10-01", "2019-10-31", S)
add("2019-2020", "tháng 10/2019", "range", "2019-10-01", "2019-10-31", S)
add("2019-2020", "giai đoạn 2018 - 2022", "range", "2018-01-01", "2022-12-31", S)

S = "http://kidsgarden.edu.vn/42P248N1489P9I19T/KE-HOACH-HOAT-DONG-THANG-7-KHOI-LA/KE-HOACH-HOAT-DONG-THANG-11-KHOI-CHOI.aspx"
Y = "2016-2017"
add(Y, "Tuần I ( Từ ngày 31/10- 4/11/2016)", "range", "2016-10-31", "2016-11-04", S)
add(Y, "Tuần II ( Từ ngày 7/10- 11/11/2016)", "range", "2016-11-07", "2016-11-11", S)
add(Y, "Tuần III ( Từ ngày 14/11-18/11/2016)", "range", "2016-11-14", "2016-11-18", S)
add(Y, "Tuần IV ( Từ ngày 21/11-25/11/2016)", "range", "2016-11-21", "2016-11-25", S)
add(Y, "Tuần V ( Từ ngày 28/11-2/12/2016)", "range", "2016-11-28", "2016-12-02", S)

S = "code corpus excerpt (no address): KH hoạt động thư viện tháng 10, THCS Yên Viên, Gia Lâm, 02/10/2020"
add("2020-2021", "Tuần 1 (từ ngày 01/10đến 03/10", "range", "2020-10-01", "2020-10-03", S)
add("2020-2021", "Tuần 2 (từ ngày 05/10 đến 10/10", "range", "2020-10-05", "2020-10-10", S)
add("2020-2021", "ngày 02 tháng 10 năm 2020", "date", "2020-10-02", src=S)

S = "http://thuvien.dthu.edu.vn/pages/cms/news.aspx?wpid=NewsDetailRender&did=202103310846243eae4585-c173-406e-bd2a-9d1ba3b17683&vr=80500"
add("2020-2021", "Từ ngày 23/3 đến ngày 30/4/2021.", "range", "2021-03-23", "2021-04-30", S)
S = "http://thcsmyanhunga.pgdlapvo.edu.vn/to-chuc-ngay-sach-va-van-hoa-doc-viet-nam-nam-2022/"
add("2021-2022", "Từ 21/4/2022 đến 29/4/2022.", "range", "2022-04-21", "2022-04-29", S)
add("2021-2022", "ngày 19 tháng 04 năm 2022", "date", "2022-04-19", src=S)
S = "http://hanam.edu.vn/thnhandao/_content/tintuc/detailnews/_2056399616272976159.html"
add("2017-2018", "7h30’ ngày 27 tháng 4 năm 2018.", "date", "2018-04-27", src=S, time="07:30")
add("2017-2018", "ngày 19 tháng 03 năm 2018", "date", "2018-03-19", src=S)
add("2017-2018", "ngày 11 tháng 3 năm 2018", "date", "2018-03-11", src=S)
S = "https://ihs.edu.vn/ve-trien-khai-huong-ung-ngay-sach-van-hoa-doc-viet-nam-lan-thu-ii-nam-2023/"
add("2022-2023", "từ ngày 19 tháng 4 năm 2023 đến ngày 23 tháng 04 năm 2023", "range", "2023-04-19", "2023-04-23", S)
add("2022-2023", "từ ngày 19 tháng 4 đến ngày 23 tháng 4 năm 2023.", "range", "2023-04-19", "2023-04-23", S)
S = "http://thanlong1.pgdtamnong.edu.vn/to-chuc-ngay-hoi-doc-sach-huong-ung-ngay-sach-viet-nam-214"
add("2022-2023", "Vào lúc 8 giờ ngày 21/4/2023", "date", "2023-04-21", src=S, time="08:00")
S = "http://thvietlam.pgdchauthanhla.edu.vn/hinh-anh-ngay-hoi-doc-sach/"
add("2013-2014", "từ ngày 19/4 đến ngày 23/4", "range", "2014-04-19", "2014-04-23", S)
S = "https://baotayninh.vn/tag-video/T%E1%BB%95%20ch%E1%BB%A9c%20Ng%C3%A0y%20s%C3%A1ch.html"
yearly("2022-2023", "ngày 21 tháng 4 hằng năm", S)
S = "https://baoanhdatmui.vn/tag/ngay-sach-viet-nam"
yearly("2013-2014", "ngày 21/4 hàng năm", S)
yearly("2013-2014", "ngày 24/4 hàng năm", S)
S = "http://tieuhocluongyen.com/hoat-dong-doi-tntp/802-to-chuc-ngay-hoi-doc-sach-nam-hoc-2019-2020.htm"
add("2019-2020", "ngày 30 tháng 0 năm 2020", "unknown", src=S)
add("2019-2020", "Năm học 2019 -2020", "range", "2019-09-01", "2020-08-31", S)
S = "https://thcsluongyen.edu.vn/ke-hoach-thu-vien-nam-hoc-2018-2019"
add("2018-2019", "ngày 23     tháng 10     năm 2018", "date", "2018-10-23", src=S)
add("2018-2019", "NĂM HỌC 2018  –  2019", "range", "2018-09-01", "2019-08-31", S)
S = "http://thso1tuyphuoc.edu.vn/tin-tuc-su-kien/hoat-dong-ngoai-khoa/huong-ung-ngay-sach-viet-nam-va-van-hoa-doc.html"
add("2021-2022", "ngày 12tháng 4 năm 2022", "date", "2022-04-12", src=S)
S = "http://tieuhocluongthevinh.edu.vn/index.php/thu-vien/hoat-dong-thu-vien"
add("2021-2022", "ngày 25 tháng 3 năm 2022", "date", "2022-03-25", src=S)
add("2021-2022", "ngày 3/3/2022", "date", "2022-03-03", src=S)
S = "http://mamnondienlien.dienchau.edu.vn/vi/news/CHUYEN-MON/KE-HOACH-NAM-HOC-2021-2022-237/"
add("2021-2022", "ngày        tháng 9 năm 2021", "range", "2021-09-01", "2021-09-30", S)
S = "https://mamnondienthinh.dienchau.edu.vn/Tin-truong/ke-hoach-nam-hoc-2024-2025-313.html"
add("2024-2025", "ngày 27 tháng  9  năm 2024", "date", "2024-09-27", src=S)
add("2024-2025", "giai đoạn 2020-2025", "range", "2020-01-01", "2025-12-31", S)
add("2024-2025", "Ngày 04/9/2024", "date", "2024-09-04", src=S)
S = "http://tieuhocdienthanh.dienchau.edu.vn/cong-khai/ke-hoach-giao-duc-nha-truong-nam-hoc-2024-2025-261.html"
add("2024-2025", "ngày 30 tháng 08 năm 2024", "date", "2024-08-30", src=S)
add("2024-2025", "ngày 19 tháng 8 năm 2019", "date", "2019-08-19", src=S)
S = "http://mghoasenkt.edu.vn/Detail/5102/KE-HOACH-THUC-HIEN-NHIEM-VU-NAM-HOC-2025-2026"
add("2025-2026", "ngày 10 tháng 9  năm 2025", "date", "2025-09-10", src=S)
S = "http://ninhgiang.haiduong.edu.vn/nhom_tin_tuc.aspx?id=152018&loai=2"
add("2025-2026", "ngày 04 tháng 09 năm 2025", "date", "2025-09-04", src=S)
add("2025-2026", "giai đoạn 2021 – 2026", "range", "2021-01-01", "2026-12-31", S)
S = "https://www.scribd.com/document/605040430/Ke-Hoach-Giao-Duc-to-Ngoai-Ngu-20202021"
add("2020-2021", "ngày 15 tháng10 năm 2020", "date", "2020-10-15", src=S)
add("2020-2021", "ngày 08/10/2020", "date", "2020-10-08", src=S)
S = "http://thtienhunga.dongxoai.edu.vn/ban-giam-hieu/-ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2017-2018-229168"
add("2017-2018", "ngày 06 tháng 10 năm 2017.", "date", "2017-10-06", src=S)
add("2017-2018", "ngày 8/9/2017", "date", "2017-09-08", src=S)
S = "http://hanam.edu.vn/thhoply/_content/tintuc/detailnews/_15345559199463883803.html"
add("2018-2019", "ngày 6 tháng 10  năm 2018", "date", "2018-10-06", src=S)
S = "https://1libvn.com/document/qo5gog90-ho%E1%BA%A1t-%C4%91%E1%BB%99ng-gi%C3%A1o-d%E1%BB%A5c-gi%E1%BB%9D-l%E1%BB%9Bp-h%E1%BB%8Dc.html"
add("2020-2021", "ngày 15 tháng 9 năm 2020", "date", "2020-09-15", src=S)
S = "https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-91-KH-UBND-2021-De-an-phat-trien-van-hoa-doc-trong-cong-dong-tinh-Dong-Thap-468976.aspx?ac=emails"
add("2020-2021", "GIAI ĐOẠN 2021 - 2025", "range", "2021-01-01", "2025-12-31", S)
add("2020-2021", "GIAI ĐOẠN 2017-2020", "range", "2017-01-01", "2020-12-31", S)
S = "https://vanban123.vn/Ke-hoach/Ke-hoach-138-KH-UBND-nam-2022-thuc-hien-De-an-Thiet-lap-va-phat-trien-Tu-sach-Hue-giai-doan-2022-2025-do-tinh-Thua-Thien-Hue-ban-hanh-555903"
add("2021-2022", "GIAI ĐOẠN 2022-2025", "range", "2022-01-01", "2025-12-31", S)
add("2021-2022", "ngày 05 tháng 4 năm 2022", "date", "2022-04-05", src=S)
S = "https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/huong-dan-ke-hoach-trien-khai-nhiem-vu-nam-2025-trong-linh-vuc-thu-vien-170642.html"
add("2024-2025", "năm 2025", "range", "2025-01-01", "2025-12-31", S)
S = "https://thcsnguyenthidinh.hcm.edu.vn/bo-phan-thiet-bi-thu-vien/ke-hoach-hoat-dong-thu-vien-thang-10-2016/ct/89448/454970"
add("2016-2017", "ngày 28 tháng 9 năm 2016", "date", "2016-09-28", src=S)
S = "http://thcs-qthanh.quangdien.thuathienhue.edu.vn/ke-hoach/ke-hoach-nam/kh-nam-thanh-vien-to-van-phong/kh-nam-nguyen-thi-hue/ke-hoach-cua-nguyen-thi-hue-nam-2024.html"
add("2024-2025", "ngày 16 tháng 9 năm 2025", "date", "2025-09-16", src=S)
add("2024-2025", "ngày 14 tháng 9 năm 2024", "date", "2024-09-14", src=S)
S = "https://123doc.top/document/7372968-ke-hoach-hoat-dong-thu-vien-nam-hoc-2020-2021.htm"
add("2020-2021", "ngày 19 tháng 11 năm 2020", "date", "2020-11-19", src=S)
add("2020-2021", "ngày 02/11/2020", "date", "2020-11-02", src=S)
S = "http://c2tracang.pgdnamtramy.edu.vn/Default.aspx?Group=65&NID=1920&tabid=427"
add("2025-2026", "ngày 03 tháng 9 năm 2025", "date", "2025-09-03", src=S)
S = "http://c2caobaquat.pgdcujut.edu.vn/ke-hoach-giao-duc-nha-truong.html"
add("2024-2025", "ngày 05 tháng 9 năm 2024", "date", "2024-09-05", src=S)
add("2024-2025", "ngày 04 tháng 9 năm 2024", "date", "2024-09-04", src=S)
S = "http://ns-thcsnguyentrai.haiduong.edu.vn/xem_trang_tin.aspx?id=20758"
add("2024-2025", "ngày 23 tháng 9 năm 2024", "date", "2024-09-23", src=S)
add("2024-2025", "ngày 28/8/2024", "date", "2024-08-28", src=S)
S = "https://thcsxuanson.dongtrieu.edu.vn/-/lich-lao-dong-tuan-7-nam-hoc-2012-2013"
add("2012-2013", "14 giờ ngày 28 tháng 9 năm 2012", "date", "2012-09-28", src=S, time="14:00")
add("2012-2013", "NGÀY 28 THÁNG 9 NĂM 2012", "date", "2012-09-28", src=S)
S = "https://123docz.net/trich-doan/410011-truc-tuan-30-28-3-2011-sang-5b-chieu-5a.htm"
add("2010-2011", "Thứ Hai ngày 14 tháng 03 năm 2011", "date", "2011-03-14", src=S)
add("2010-2011", "Ngày 25/3/2011", "date", "2011-03-25", src=S)
S = "http://truongtieuhocdongquanga.edu.vn/tin-tuc/ban-tin-sinh-hoat-duoi-co-tuan-2-truong-th-dong-quang-a.html"
add("2022-2023", "Sáng thứ hai ngày 12/09/2022", "date", "2022-09-12", src=S)

# ---------------------------------------------------------------- Russian
S = "https://shereshevo-school.pruzhany.by/author/editor/page/6"
add("2026-2027", "Октябрь –декабрь", "range", "2026-10-01", "2026-12-31", S)
S = "https://xn----7sbbbaogfdybhtl0czb1a3h.xn--p1ai/plan-raboty-na-noyabr/"
add("2024-2025", "1 ноября 15.00ч", "date", "2024-11-01", src=S, time="15:00")
add("2024-2025", "1 ноября 10.00ч", "date", "2024-11-01", src=S, time="10:00")
add("2024-2025", "4 ноября 10.00ч", "date", "2024-11-04", src=S, time="10:00")
add("2024-2025", "12 ноября 10.00ч", "date", "2024-11-12", src=S, time="10:00")
S = json.load(open(os.path.join(HERE, "..", "ru-03-smolensk-mcbs-december-2014.expected.json")))["source"]
for t, a, b in [("20.11-20.12", "2014-11-20", "2014-12-20"), ("12.12", "2014-12-12", None),
                ("18.12", "2014-12-18", None), ("15-16.12", "2014-12-15", "2014-12-16"),
                ("25.11-20.12", "2014-11-25", "2014-12-20"), ("01.12", "2014-12-01", None),
                ("04.12", "2014-12-04", None)]:
    add("2014-2015", t, "range" if b else "date", a, b, S)
S = json.load(open(os.path.join(HERE, "..", "ru-04-zhigalovo-august-2023.expected.json")))["source"]
for d in ["01", "10", "15", "17", "19", "21", "22"]:
    add("2022-2023", f"{d}.08", "date", f"2023-08-{d}", src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-06-prasolov-february-2023.expected.json")))["source"]
for d in ["02", "03", "09"]:
    add("2022-2023", f"{d}.02.", "date", f"2023-02-{d}", src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-07-loznoe-defense-month.expected.json")))["source"]
add("2022-2023", "в ходе проведения месячника", "unknown", src=S)
add("2022-2023", "23.01-23.02.2023", "range", "2023-01-23", "2023-02-23", S)
add("2022-2023", "15.02.2023-23.02.2023 г", "range", "2023-02-15", "2023-02-23", S)
add("2022-2023", "25.01.2023", "date", "2023-01-25", src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-08-karabay-shemursha-defense-month.expected.json")))["source"]
add("2021-2022", "21.01.2022", "date", "2022-01-21", src=S)
add("2021-2022", "В течение месячника", "unknown", src=S)
add("2021-2022", "В течение периода", "unknown", src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-09-astrakhanka-library-readers.expected.json")))["source"]
add("2026-2027", "По мере поступления литературы", "unknown", src=S)
add("2026-2027", "Январь, март", "multiple", "2027-01-01", "2027-03-31", S,
    spans=[{"start": "2027-01-01", "end": "2027-01-31"}, {"start": "2027-03-01", "end": "2027-03-31"}])
S = json.load(open(os.path.join(HERE, "..", "ru-10-sosnovsky-march-2022.expected.json")))["source"]
add("2021-2022", "01-09.03.2022", "range", "2022-03-01", "2022-03-09", S)
for d in ["04", "21", "07", "16", "02", "25"]:
    add("2021-2022", f"{d}.03.2022", "date", f"2022-03-{d}", src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-11-stakhanov-march-2026.expected.json")))["source"]
add("2025-2026", "4 марта, среда", "date", "2026-03-04", src=S)
add("2025-2026", "5 марта, четверг", "date", "2026-03-05", src=S)
add("2025-2026", "13 марта, пятница", "date", "2026-03-13", src=S)
add("2025-2026", "18 марта, среда", "date", "2026-03-18", src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-12-mcb-branches-march-2020.expected.json")))["source"]
for t, d in [("1.03", "2020-03-01"), ("8.03", "2020-03-08"), ("13.03", "2020-03-13"), ("20.03", "2020-03-20"), ("3.03.20", "2020-03-03")]:
    add("2019-2020", t, "date", d, src=S)
S = json.load(open(os.path.join(HERE, "..", "ru-13-crdb-main-events-2025.expected.json")))["source"]
add("2024-2025", "Март – апрель", "range", "2025-03-01", "2025-04-30", S)
add("2024-2025", "Март – июнь", "range", "2025-03-01", "2025-06-30", S)
add("2024-2025", "Апрель — май", "range", "2025-04-01", "2025-05-31", S)
S = json.load(open(os.path.join(HERE, "..", "ru-14-burki-school-library.expected.json")))["source"]
add("2024-2025", "В течении года", "range", "2024-09-01", "2025-08-31", S)
S = json.load(open(os.path.join(HERE, "..", "ru-15-zhigalovo-december-2022.expected.json")))["source"]
for t, d in [("06.12", "2022-12-06"), ("11.12", "2022-12-11"), ("15.12", "2022-12-15"), ("18.12.", "2022-12-18")]:
    add("2022-2023", t, "date", d, src=S)
add("2022-2023", "23.12-28.12", "range", "2022-12-23", "2022-12-28", S)
S = "https://biblio49.eto-ya.com/page/7"
add("2026-2027", "По графику педагогических советов", "unknown", src=S)
add("2026-2027", "По просьбе учителя", "unknown", src=S)
add("2026-2027", "1 раз в полугодие", "recurring", "2026-09-01", "2027-08-31", S, freq="termly", count_per_period=1)
add("2026-2027", "1 раз в четверть", "recurring", "2026-09-01", "2027-08-31", S, freq="termly", count_per_period=1)
add("2026-2027", "Постоянно", "range", "2026-09-01", "2027-08-31", S)
S = "http://biblio.ukmpi.ru/index.php/afisha/1803-plan-raboty-tsentralnoj-rajonnoj-biblioteki-na-maj-2017-goda?tmpl=component&print=1&layout=default"
add("2016-2017", "Дата- 03.05.2017", "date", "2017-05-03", src=S)
add("2016-2017", "Дата - 04.05.2017", "date", "2017-05-04", src=S)
add("2016-2017", "Дата - 05.05.2017", "date", "2017-05-05", src=S)
add("2016-2017", "на май 2017 года", "range", "2017-05-01", "2017-05-31", S)
S = "https://biblioterek.jimdo.com/план-на-2024-год/"
add("2023-2024", "на 2024г.", "range", "2024-01-01", "2024-12-31", S)
for f, year in [("ru-23-tolochin-cbs-victory.expected.json", "2026-2027")]:
    S = json.load(open(os.path.join(HERE, "..", f)))["source"]
    add(year, "6 мая", "date", "2027-05-06", src=S)
    add(year, "9 мая", "date", "2027-05-09", src=S)


S = "https://library.vladimir.ru/news/grafik-raboty-biblioteki-s-1-sentyabrya-2.html"
Y = "2023-2024"
add(Y, "последний понедельник месяца", "recurring", "2023-09-01", "2024-08-31", S, freq="monthly", byday=["-1MO"])
add(Y, "понедельник — четверг — с 10:00 до 20:00", "recurring", "2023-09-01", "2024-08-31", S,
    freq="weekly", byday=["MO", "TU", "WE", "TH"], time="10:00", end_time="20:00")
add(Y, "суббота, воскресенье — с 10:00 до 18:00", "recurring", "2023-09-01", "2024-08-31", S,
    freq="weekly", byday=["SA", "SU"], time="10:00", end_time="18:00")
S = "http://kalykal.ru/plan-na-aprel-2018-goda"
Y = "2017-2018"
for t, a, b in [("10.03.-11.04.", "2018-03-10", "2018-04-11"), ("31.03.-03.04.", "2018-03-31", "2018-04-03"),
                ("06.04.-10.04.", "2018-04-06", "2018-04-10"), ("07.04.-10.04.", "2018-04-07", "2018-04-10"),
                ("11.04.-13.04.", "2018-04-11", "2018-04-13"), ("13.04.-17.04.", "2018-04-13", "2018-04-17"),
                ("14.04.-17.04.", "2018-04-14", "2018-04-17"), ("14.04.-18.04.", "2018-04-14", "2018-04-18")]:
    add(Y, t, "range", a, b, S)
for t, d in [("04.04.", "2018-04-04"), ("12.04.", "2018-04-12"), ("13.04.", "2018-04-13")]:
    add(Y, t, "date", d, src=S)
add(Y, "на апрель 2018 года", "range", "2018-04-01", "2018-04-30", S)
S = "https://svlib.ru/novosti/sobyitiya/11-12-2017/grafik-rabotyi-bibliotek-v-novogodnie-prazdniki"
Y = "2017-2018"
add(Y, "31 декабря", "date", "2017-12-31", src=S)
add(Y, "1, 2, 5, 7, 8 января 2018 года", "multiple", "2018-01-01", "2018-01-08", S,
    spans=[{"start": "2018-01-01", "end": "2018-01-02"}, {"start": "2018-01-05", "end": "2018-01-05"},
           {"start": "2018-01-07", "end": "2018-01-08"}])
add(Y, "3-4 января", "range", "2018-01-03", "2018-01-04", S)
add(Y, "6 января", "date", "2018-01-06", src=S)

# ---------------------------------------------------------------- English
S = "https://www.hassocks.w-sussex.sch.uk/page/?title=Diary+Dates&pid=30"
Y = "2022-2023"
add(Y, "Monday 19th December to Tuesday 3rd January", "range", "2022-12-19", "2023-01-03", S)
for t, d in [("Tuesday 3rd January", "2023-01-03"), ("Wednesday 4th January", "2023-01-04"),
             ("Thursday 19th January", "2023-01-19"), ("Friday 27th January", "2023-01-27"),
             ("Friday 3rd February", "2023-02-03"), ("Tuesday 7th February", "2023-02-07"),
             ("Friday 10th February", "2023-02-10"), ("Monday 27th February", "2023-02-27"),
             ("Wednesday 1st March", "2023-03-01"), ("Thursday 2nd March", "2023-03-02"),
             ("Friday 17th March", "2023-03-17"), ("Tuesday 21st March", "2023-03-21"),
             ("Thursday 23rd March", "2023-03-23"), ("Friday 24th March", "2023-03-24"),
             ("Tuesday 28th March", "2023-03-28")]:
    add(Y, t, "date", d, src=S)
add(Y, "Monday 13th to Friday 17th February", "range", "2023-02-13", "2023-02-17", S)
add(Y, "Wednesday 22nd February Thursday 23rd February", "range", "2023-02-22", "2023-02-23", S)
add(Y, "w/c 27th February", "range", "2023-02-27", "2023-03-05", S, tolerance_days=2)
add(Y, "w/c 7th February", "range", "2023-02-06", "2023-02-12", S, tolerance_days=2)

S = "https://codicotepreschool.co.uk/term-dates"
Y = "2024-2025"
for t, d in [("Monday 6th January", "2025-01-06"), ("Tuesday 7th January", "2025-01-07"),
             ("Tuesday 4th February", "2025-02-04"), ("Tuesday 11th February", "2025-02-11"),
             ("Tuesday 4th March", "2025-03-04"), ("Thursday 6th March", "2025-03-06"),
             ("Thursday 27th March", "2025-03-27"), ("Friday 4th April", "2025-04-04"),
             ("Tuesday 22nd April", "2025-04-22"), ("Wednesday 23rd April", "2025-04-23"),
             ("Friday 6th June", "2025-06-06"), ("Thursday 12th June", "2025-06-12"),
             ("Wednesday 9th July", "2025-07-09"), ("Friday 18th July", "2025-07-18"),
             ("Tuesday 22nd July", "2025-07-22")]:
    add(Y, t, "date", d, src=S)
add(Y, "Monday 17th February – Friday 21st February", "range", "2025-02-17", "2025-02-21", S)
add(Y, "Monday 26th May – Friday 30th May", "range", "2025-05-26", "2025-05-30", S)
add(Y, "Week commencing 23rd June", "range", "2025-06-23", "2025-06-29", S, tolerance_days=2)
add(Y, "July (date to be confirmed)", "range", "2025-07-01", "2025-07-31", S)
Y = "2025-2026"
for t, d in [("Wednesday 3rd September", "2025-09-03"), ("Thursday 4th September", "2025-09-04"),
             ("Friday 24th October", "2025-10-24"), ("Friday 28th November", "2025-11-28"),
             ("Friday 19th December", "2025-12-19"), ("Monday 5th January", "2026-01-05"),
             ("Tuesday 6th January", "2026-01-06"), ("Friday 27th March", "2026-03-27"),
             ("Monday 13th April", "2026-04-13"), ("Friday 5th June", "2026-06-05"),
             ("Wednesday 22nd July", "2026-07-22"), ("Thursday 23rd July", "2026-07-23")]:
    add(Y, t, "date", d, src=S)
add(Y, "Monday 27th October – Friday 31st October", "range", "2025-10-27", "2025-10-31", S)
add(Y, "Monday 16th February – Friday 20th February", "range", "2026-02-16", "2026-02-20", S)
add(Y, "Monday 25th May – Friday 29th May", "range", "2026-05-25", "2026-05-29", S)

S = "http://www.leavesden.herts.sch.uk/news-dates/diary-dates/"
Y = "2020-2021"
for t, d in [("Wed 2nd September 2020", "2020-09-02"), ("Thu 3rd September 2020", "2020-09-03"),
             ("Fri 4th September 2020", "2020-09-04"), ("Mon 7th September 2020", "2020-09-07"),
             ("Mon 21st September 2020", "2020-09-21"), ("Wed 23rd September 2020", "2020-09-23"),
             ("Mon 28th September 2020", "2020-09-28"), ("Wed 30th September 2020", "2020-09-30"),
             ("Fri 23rd October 2020", "2020-10-23"), ("Mon 2nd November 2020", "2020-11-02"),
             ("Tue 17th November 2020", "2020-11-17"), ("Fri 27th November 2020", "2020-11-27"),
             ("Mon 30th November 2020", "2020-11-30"), ("Fri 4th December 2020", "2020-12-04"),
             ("Fri 11th December 2020", "2020-12-11"), ("Mon 14th December 2020", "2020-12-14"),
             ("Wed 16th December 2020", "2020-12-16"), ("Fri 18th December 2020", "2020-12-18"),
             ("Mon 4th January 2021", "2021-01-04"), ("Fri 12th February 2021", "2021-02-12"),
             ("Mon 22nd February 2021", "2021-02-22"), ("Fri 26th February 2021", "2021-02-26"),
             ("Fri 26th March 2021", "2021-03-26"), ("Mon 12th April 2021", "2021-04-12")]:
    add(Y, t, "date", d, src=S)
add(Y, "Mon 23rd November 2020 - Fri 27th November 2020", "range", "2020-11-23", "2020-11-27", S)
add(Y, "Mon 7th December 2020 - Fri 11th December 2020", "range", "2020-12-07", "2020-12-11", S)

S = "https://www.laurelavenue.durham.sch.uk/news-and-dates/dates-for-your-diary (no year written; weekdays fit 2025)"
Y = "2024-2025"
add(Y, "Monday 3rd – Friday 7th February", "range", "2025-02-03", "2025-02-07", S)
add(Y, "Monday 10th March – Friday 14th March", "range", "2025-03-10", "2025-03-14", S)
for t, d, tm in [("Monday 3rd February, 9.30 – 11.30am", "2025-02-03", "09:30"),
                 ("Tuesday 4th February, 9.00 am", "2025-02-04", "09:00"),
                 ("Thursday 6th February", "2025-02-06", None),
                 ("Thursday 6th February, 11.00 am", "2025-02-06", "11:00"),
                 ("Friday 14th February", "2025-02-14", None),
                 ("Tuesday 18th February", "2025-02-18", None),
                 ("Wednesday 19th February", "2025-02-19", None),
                 ("Friday 21st February, am", "2025-02-21", None),
                 ("Friday 21st February", "2025-02-21", None),
                 ("Monday 3rd March", "2025-03-03", None),
                 ("Wednesday 5th March, 9.30am", "2025-03-05", "09:30"),
                 ("Wednesday 12th March", "2025-03-12", None),
                 ("Wednesday 12th March, 2.30 pm", "2025-03-12", "14:30"),
                 ("Thursday 13th March, 11.00 am", "2025-03-13", "11:00"),
                 ("Thursday 13th March, pm", "2025-03-13", None),
                 ("Monday 17th March, 3.30 – 6.00 pm", "2025-03-17", "15:30"),
                 ("Tuesday 18th March, 3.30 – 6.00 pm", "2025-03-18", "15:30"),
                 ("Tuesday 18th March", "2025-03-18", None),
                 ("Thursday 20th March", "2025-03-20", None),
                 ("Friday 21st March", "2025-03-21", None),
                 ("Tuesday 1st April, am", "2025-04-01", None)]:
    if tm:
        add(Y, t, "date", d, src=S, time=tm)
    else:
        add(Y, t, "date", d, src=S)

S = "https://connaughthouseschool.co.uk/our-school"
Y = "2024-2025"
for t, d in [("Tuesday, 7 January", "2025-01-07"), ("Thursday, 27 March", "2025-03-27"),
             ("THURSDAY, 5 September", "2024-09-05"), ("THURSDAY 12 December", "2024-12-12"),
             ("WEDNESDAY, 23 April", "2025-04-23"), ("MONDAY, 5 May", "2025-05-05"),
             ("THURSDAY, 10 July (Midday finish)", "2025-07-10")]:
    add(Y, t, "date", d, src=S)
add(Y, "MONDAY, 17 February to FRIDAY, 21 February", "range", "2025-02-17", "2025-02-21", S)
add(Y, "FRIDAY, 25 October to FRIDAY, 1 November inclusive", "range", "2024-10-25", "2024-11-01", S)
add(Y, "MONDAY, 26 May to FRIDAY, 30 May", "range", "2025-05-26", "2025-05-30", S)
Y = "2025-2026"
for t, d in [("WEDNESDAY, 3 September", "2025-09-03"), ("FRIDAY 12 December", "2025-12-12"),
             ("Tuesday, 6 January", "2026-01-06"), ("Friday, 27 March", "2026-03-27"),
             ("TUESDAY, 21 April", "2026-04-21"), ("MONDAY, 4 May", "2026-05-04"),
             ("THURSDAY, 9 July (Midday finish)", "2026-07-09")]:
    add(Y, t, "date", d, src=S)
add(Y, "THURSDAY, 23 October to FRIDAY, 31 October inclusive", "range", "2025-10-23", "2025-10-31", S)
add(Y, "MONDAY, 16 February to FRIDAY, 20 February", "range", "2026-02-16", "2026-02-20", S)
add(Y, "MONDAY, 25 May to FRIDAY, 29 May", "range", "2026-05-25", "2026-05-29", S)

S = "https://www.thehelix.harrow.sch.uk/page/?title=Term+Dates&pid=31"
Y = "2024-2025"
for t, a, b in [("2nd Sept – 20th Dec", "2024-09-02", "2024-12-20"), ("6th Jan – 4th April", "2025-01-06", "2025-04-04"),
                ("22nd April – 22nd July", "2025-04-22", "2025-07-22"), ("28th Oct – 1st Nov", "2024-10-28", "2024-11-01"),
                ("23rd Dec – 3rd Jan", "2024-12-23", "2025-01-03"), ("17th Feb – 21st Feb", "2025-02-17", "2025-02-21"),
                ("7th April – 21st April", "2025-04-07", "2025-04-21"), ("26th May – 30th May", "2025-05-26", "2025-05-30")]:
    add(Y, t, "range", a, b, S)
add(Y, "5th May", "date", "2025-05-05", src=S)
add(Y, "22nd July", "date", "2025-07-22", src=S)

S = "https://brompton.n-yorks.sch.uk/?p=12098"
Y = "2024-2025"
for t, a, b in [("Tuesday 7th January to Friday 14th February 2025", "2025-01-07", "2025-02-14"),
                ("Monday 17th February to Friday 21st February 2025", "2025-02-17", "2025-02-21"),
                ("Monday 24th February to Friday 4th April 2025", "2025-02-24", "2025-04-04"),
                ("Monday 7th April to Monday 21st April 2025", "2025-04-07", "2025-04-21"),
                ("Tuesday 22nd April 2025 to Friday 23rd May 2025", "2025-04-22", "2025-05-23"),
                ("Monday 26th May to Friday 30th May 2025", "2025-05-26", "2025-05-30"),
                ("Monday 2nd June to Friday 18th July 2025", "2025-06-02", "2025-07-18"),
                ("Tue 2nd September to Thursday 23rd October 2025", "2024-09-02", "2024-10-23")]:
    add(Y, t, "range", a, b, S)
add(Y, "Monday 5th May 2025", "date", "2025-05-05", src=S)
add(Y, "Thursday 10th October 4pm", "date", "2024-10-10", src=S, time="16:00")
add(Y, "Monday 11th November 4pm", "date", "2024-11-11", src=S, time="16:00")
add(Y, "7th October", "date", "2024-10-07", src=S)
add(Y, "March 2025", "range", "2025-03-01", "2025-03-31", S)

S = "https://www.smithswoodpri.solihull.sch.uk/page/?title=Term+Dates&pid=60"
Y = "2024-2025"
for t, d in [("Monday 6 January 2025", "2025-01-06"), ("Friday 11 April 2025", "2025-04-11"),
             ("Monday 28 April 2025", "2025-04-28"), ("Friday 27 June 2025 (TEACHER TRAINING DAY)", "2025-06-27"),
             ("Friday 18 July 2025", "2025-07-18"), ("Monday 21 July 2025 (TEACHER TRAINING DAY)", "2025-07-21"),
             ("(May Day: Monday 5 May 2025)", "2025-05-05")]:
    add(Y, t, "date", d, src=S)
for t, a, b in [("Monday 17 February 2025 to Friday 21 February 2025", "2025-02-17", "2025-02-21"),
                ("Monday 14 April 2025 to Friday 25 April 2025", "2025-04-14", "2025-04-25"),
                ("Monday 26 May 2025 to Friday 30 May 2025", "2025-05-26", "2025-05-30")]:
    add(Y, t, "range", a, b, S)

S = "https://www.colleges.cambs.sch.uk/2023/10/19/colleges-mail-information-13/"
Y = "2023-2024"
add(Y, "half term Monday 23 – Friday 27", "range", "2023-10-23", "2023-10-27", S)
for t, d in [("Friday 20 October", "2023-10-20"), ("Monday 30 October", "2023-10-30"),
             ("Tuesday 19 December 2023", "2023-12-19"), ("Wednesday 20 December", "2023-12-20"),
             ("Thursday 4 January", "2024-01-04"), ("Thursday 28 March 2024", "2024-03-28"),
             ("Monday 15 April", "2024-04-15"), ("Monday 6 May", "2024-05-06"),
             ("Friday 24 May", "2024-05-24"), ("Friday 19 July 2024", "2024-07-19"),
             ("Monday 22 July", "2024-07-22")]:
    add(Y, t, "date", d, src=S)
for t, a, b in [("Monday 23 October – Friday 27 October", "2023-10-23", "2023-10-27"),
                ("Monday 19 February – Friday 23 February", "2024-02-19", "2024-02-23"),
                ("Monday 27 May – Friday 31 May", "2024-05-27", "2024-05-31")]:
    add(Y, t, "range", a, b, S)

S = "http://hitchamsevents.blogspot.com/2008/01/spring-term-dates.html"
Y = "2007-2008"
add(Y, "Fridays at 2.30pm", "recurring", "2007-09-01", "2008-08-31", S, freq="weekly", time="14:30")
add(Y, "Tuesday 8 and Wednesday 9 January", "range", "2008-01-08", "2008-01-09", S)
for t, d in [("Wednesday 9 January", "2008-01-09"), ("Thursday 10 January", "2008-01-10"),
             ("Friday 11 January", "2008-01-11"), ("Monday 14 January", "2008-01-14"),
             ("Friday 8 February", "2008-02-08"), ("Friday 29 February", "2008-02-29"),
             ("Wed 5 March", "2008-03-05"), ("Thursday 20 March", "2008-03-20"),
             ("Thursday 17 January", "2008-01-17"), ("11 January", "2008-01-11"),
             ("15 February", "2008-02-15"), ("7 March", "2008-03-07")]:
    add(Y, t, "date", d, src=S)
for t, a, b in [("Monday 11 – Friday 15 February", "2008-02-11", "2008-02-15"),
                ("Monday 10 – Wed 12 March", "2008-03-10", "2008-03-12"),
                ("Monday 7 – Friday 11 July", "2008-07-07", "2008-07-11")]:
    add(Y, t, "range", a, b, S)

S = "http://kippaxashtree.leeds.sch.uk/calendar"
Y = "2025-2026"
for t, a, b in [("Monday 20th Oct to Friday 31st Oct", "2025-10-20", "2025-10-31"),
                ("Monday 22nd Dec to Friday 2nd Jan", "2025-12-22", "2026-01-02"),
                ("Monday 16th Feb to Friday 20th Feb", "2026-02-16", "2026-02-20"),
                ("Monday 6th Apr to Friday 17th April", "2026-04-06", "2026-04-17"),
                ("Monday 25th May to Friday 29th May", "2026-05-25", "2026-05-29"),
                ("Wednesday 22nd Jul to Monday 31st Aug", "2026-07-22", "2026-08-31"),
                ("Monday 1st Sep to Friday 17th Oct", "2025-09-01", "2025-10-17"),
                ("Monday 3rd Nov to Friday 18th Dec", "2025-11-03", "2025-12-18"),
                ("Monday 5th Jan to Friday 13th Feb", "2026-01-05", "2026-02-13"),
                ("Monday 23rd Feb to Friday 3rd Apr", "2026-02-23", "2026-04-03"),
                ("Monday 20th Apr to Friday 22nd May", "2026-04-20", "2026-05-22"),
                ("Monday 1st June to Tuesday 21st Jul", "2026-06-01", "2026-07-21")]:
    add(Y, t, "range", a, b, S)

# ---------------------------------------------------------------- write
gold = {json.loads(l)["input"].strip().lower() for l in open(GOLD, encoding="utf-8") if l.strip()}
seen, out = set(), []
for r in recs:
    k = (r["year"], r["input"].strip().lower())
    if r["input"].strip().lower() in gold or k in seen:
        continue
    seen.add(k)
    out.append(r)
with open(OUT, "w", encoding="utf-8") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), "collected,", len(out), "written")
