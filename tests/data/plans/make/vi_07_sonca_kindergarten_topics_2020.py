"""Trường Mầm non Sơn Ca (Ninh Thuận): planned topics for 2020-2021 for the nursery group and
the kindergarten group, as a spreadsheet. Day ranges with the year only on the end
("14/12 – 08/01/2021"), the Tết break as a merged row ("NGHỈ TẾT NGUYÊN ĐÁN TÂN SỬU (Từ 08/02 –
19/2/2021)"), a topic continued after the break, and a "TỔNG CỘNG 35 tuần" total row that is
not an event."""
from vi_corpus import Plan, ev

P = Plan("vi-07-sonca-kindergarten-topics-2020",
         source="http://soncaninhthuan.edu.vn/gioi-thieu/lich-hoc-tap",
         kind="other", academic_year="2020-2021", title_col=1)
P.para("DỰ KIẾN VÀ THỜI GIAN THỰC HIỆN CÁC CHỦ ĐỀ  NH 2020-2021")
P.para("TỔ NHÀ TRẺ 25-36 THÁNG")
P.table(["STT", "TÊN CHỦ ĐỀ", "SỐ TUẦN", "Thời gian dự kiến"])
TET = "NGHỈ TẾT NGUYÊN ĐÁN TÂN SỬU (Từ 08/02 – 19/2/2021)"
for stt, t, n, w, s, e in [
    ("1", "Bé và các bạn", "3 Tuần", "7/9 – 25/9/2020", "2020-09-07", "2020-09-25"),
    ("2", "Đồ chơi của bé", "4 tuần", "28/9 – 23/10/2020", "2020-09-28", "2020-10-23"),
    ("3", "Các cô bác trong trường mầm non", "3 tuần", "26/10 – 13/11/2020", "2020-10-26", "2020-11-13"),
    ("4", "Mẹ và những người thân của bé", "4 tuần", "16/11 – 11/12/2020", "2020-11-16", "2020-12-11"),
    ("5", "Những con vật đáng yêu", "4 tuần", "14/12 – 08/01/2021", "2020-12-14", "2021-01-08"),
    ("6", "Ngày tết và mùa xuân", "4 tuần", "11/01 – 05/02/2021", "2021-01-11", "2021-02-05"),
]:
    P.row([stt, t, n, w], ev(s, e))
P.section(TET)
P._add_event(TET, ev("2021-02-08", "2021-02-19", title="NGHỈ TẾT NGUYÊN ĐÁN TÂN SỬU"))
for stt, t, n, w, s, e in [
    ("7", "Cây và những bông hoa đẹp", "3 tuần", "22/02 – 12/03/2021", "2021-02-22", "2021-03-12"),
    ("8", "Bé thích đi bằng phương tiện giao thông nào", "4 tuần", "15/03 – 09/4/2021", "2021-03-15", "2021-04-09"),
    ("9", "Mùa hè với bé", "3 tuần", "12/4- 30/4/2021", "2021-04-12", "2021-04-30"),
    ("10", "Bé lên mẫu giáo", "3 tuần", "03/5 – 21/5/2021", "2021-05-03", "2021-05-21"),
]:
    P.row([stt, t, n, w], ev(s, e))
P.row(["", "TỔNG CỘNG", "35 tuần", ""])
P.para("")
P.para("DỰ KIẾN VÀ THỜI GIAN THỰC HIỆN CÁC CHỦ ĐỀ  NH 2020-2021:")
P.para("TỔ MẪU GIÁO")
P.table(["STT", "TÊN CHỦ ĐỀ", "Lớp MG", "Thời gian dự kiến", "Ghi chú"])
for stt, t, n, w, s, e in [
    ("1", "Trường Mầm Non", "4 Tuần", "7/9 – 02/10/2020", "2020-09-07", "2020-10-02"),
    ("2", "Bản Thân", "3 tuần", "05/10 – 23/10/2020", "2020-10-05", "2020-10-23"),
    ("3", "Gia Đình", "4 tuần", "26/10 – 20/11/2020", "2020-10-26", "2020-11-20"),
    ("4", "Nghề nghiệp", "4 tuần", "23/11 – 18/12/2020", "2020-11-23", "2020-12-18"),
    ("5", "Thế giới động vật", "4 tuần", "21/12 – 15/01/2021", "2020-12-21", "2021-01-15"),
    ("6", "Thế giới thực vật", "3 tuần", "18/01 – 05/02/2021", "2021-01-18", "2021-02-05"),
]:
    P.row([stt, t, n, w, ""], ev(s, e))
P.section(TET)
P._add_event(TET, ev("2021-02-08", "2021-02-19", title="NGHỈ TẾT NGUYÊN ĐÁN TÂN SỬU"))
for stt, t, n, w, s, e in [
    ("6", "Thế giới thực vật (tiếp theo)", "2 tuần", "22/02 – 05/3/2021", "2021-02-22", "2021-03-05"),
    ("7", "Giao thông", "3 tuần", "08/3 – 26/3/2021", "2021-03-08", "2021-03-26"),
    ("8", "Nước, hiện tượng tự nhiên", "3 tuần", "29/3 – 16/4/2021", "2021-03-29", "2021-04-16"),
    ("9", "Quê hương- Đất nước-Bác Hồ", "3 tuần", "19/4 – 07/5/2021", "2021-04-19", "2021-05-07"),
    ("10", "Trường tiểu học", "2 tuần", "10/5 – 21/5/2021", "2021-05-10", "2021-05-21"),
]:
    P.row([stt, t, n, w, ""], ev(s, e))
P.row(["", "TỔNG CỘNG", "35 tuần", "", ""])
P.save_xlsx()
