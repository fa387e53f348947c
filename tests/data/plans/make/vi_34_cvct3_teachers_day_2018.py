"""A transport college of the Ministry of Transport (site cvct3.edu.vn): plan of the ceremony
for Vietnamese Teachers' Day, 20 November 2018 (school year 2018-2019). The one event is
given by dash lines under "II. THỜI GIAN, ĐỊA ĐIỂM" ("– Thời gian: 9h00 ngày 20/11/2018 (Thứ
ba)", "– Địa điểm: Hội trường khu giảng đường A"); the numbered items under "V. NỘI DUNG
CHƯƠNG TRÌNH" are the ceremony's running order, not events. The stored copy ends inside item
7 (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-34-cvct3-teachers-day-2018",
         source="http://cvct3.edu.vn/ke-hoach-to-chuc-le-ky-niem-ngay-nha-giao-viet-nam-20-11-2018/",
         kind="event-plan", academic_year="2018-2019", batch="2026-12-07-vi-4")
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("TỔ CHỨC LỄ KỶ NIỆM NGÀY NHÀ GIÁO VIỆT NAM 20 – 11", bold=True, center=True)
for line in [
    "     Căn cứ chương trình công tác năm 2018, Nhà trường xây dựng kế hoạch tổ chức Lễ kỷ niệm ngày "
    "Nhà giáo Việt Nam 20 – 11, cụ thể như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "– Thông qua tổ chức Lễ kỷ niệm ngày Nhà giáo Việt Nam 20-11, giúp cán bộ, giáo viên, nhân viên và "
    "học sinh, sinh viên nhận thức sâu sắc về vai trò, nhiệm vụ của Nhà trường trong sự nghiệp đào tạo "
    "nguồn nhân lực đáp ứng yêu cầu phát triển sự nghiệp kinh tế, xã hội của Ngành và địa phương;",
    "– Tạo không khí vui tươi, phấn khởi, giúp cán bộ, giáo viên, nhân viên và học sinh, sinh viên tích "
    "cực, nỗ lực hoàn thành tốt nhiệm vụ được giao, góp phần hoàn thành xuất sắc nhiệm vụ năm học 2018 – 2019.",
    "II. THỜI GIAN, ĐỊA ĐIỂM",
]:
    P.para(line)
P.item("– Thời gian: 9h00 ngày 20/11/2018 (Thứ ba)",
       ev("2018-11-20", title="Lễ kỷ niệm ngày Nhà giáo Việt Nam", location="Hội trường khu giảng đường A"))
for line in [
    "– Địa điểm: Hội trường khu giảng đường A",
    "III. THÀNH PHẦN",
    "– Ban giám hiệu;",
    "– Cán bộ, giáo viên, nhân viên toàn trường (trừ Tổ bảo vệ và vệ sinh);",
    "– Đại diện các Trung tâm (mỗi trung tâm 20 người);",
    "– Đại diện học sinh, sinh viên các lớp (mỗi lớp cử 03 HSSV);",
    "IV. TRANG PHỤC:",
    "– Đối với cán bộ, giáo viên, nhân viên: Nam mặc áo sơ mi trắng, quần xanh đen hoặc đen; Nữ mặc áo "
    "dài truyền thống.",
    "– Đối với học sinh, sinh viên: mặc đồng phục.",
    "V. NỘI DUNG CHƯƠNG TRÌNH",
    "1. Văn nghệ chào mừng",
    "2. Chào cờ",
    "3. Giới thiệu đại biểu, giới thiệu chương trình",
    "4. Ban giám hiệu đọc thư chúc mừng của Bộ Lao động Thương binh và Xã hội, Bộ Giao thông vận tải "
    "nhân ngày Nhà giáo Việt Nam",
    "5. Báo cáo công tác đào tạo",
    "6. Hiệu trưởng phát biểu chúc mừng",
]:
    P.para(line)
P.save_docx()
