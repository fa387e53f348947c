"""Trường TH, THCS & THPT Văn Lang: plan of the parents' conferences of 2020-2021, made with
the parents' representative board. The schedule is a matrix: two header rows (the kind of
conference under "Các khối lớp" and "Khối lớp 12"), a row per kind of meeting whose cells
hold the date and hour of each conference ("14h30, 19/9-Thứ 7", one cell left empty), and the
chairs in the last column. The stored copy ends inside the second row (left out)."""
from vi_corpus import Plan, ev

P = Plan("vi-24-vanlang-parent-conferences-2020",
         source="http://vanlangschool.edu.vn/ke-hoach-to-chuc-cac-hoi-nghi-cha-me-hoc-sinh-nam-hoc-2020-2021-a323.html",
         kind="partner-plan", academic_year="2020-2021", batch="2026-12-07-vi-2")
P.para("KẾ HOẠCH", bold=True, center=True)
P.para("TỔ CHỨC CÁC HỘI NGHỊ CHA MẸ HỌC SINH", bold=True, center=True)
P.para("NĂM HỌC 2020 - 2021", bold=True, center=True)
P.para("Căn cứ:")
for line in [
    "Thông tư số 13/2011/TT-BGD&ĐT ngày 28/3/2011 của Bộ GD&ĐT v/v ban hành Quy chế tổ chức và "
    "hoạt động các trường Tiểu học, trường THCS, trường THPT và trường Phổ thông có nhiều cấp học "
    "loại hình tư thục;",
    "Điều lệ Ban đại diện cha mẹ học sinh (ban hành kèm theo quyết định số 11/2008/QĐ-BGD&ĐT ngày "
    "28/3/2008 của Bộ trưởng Bộ GD&ĐT);",
    "Quy chế phối kết hợp giữa BLĐ nhà trường và Ban đại diện CMHS trường;",
    "Tình hình thực tế của nhà trường năm học 2020-2021,",
    "Trường TH, THCS & THPT Văn Lang phối hợp với Ban đại diện cha mẹ HS xây dựng kế hoạch tổ chức "
    "các hội nghị CMHS năm học 2020-2021, như sau:",
]:
    P.para(line)
P.para("I. BAN TỔ CHỨC", bold=True)
P.para("1. Trưởng ban: TB ĐD CMHS trường (chủ trì) và Hiệu trưởng (phối hợp tổ chức).")
P.para("2. Phó trưởng ban: Phó TB và các PHT (đ/c Hoa- PTB thường trực).")
P.para("3. Ủy viên: UV BĐD CMHS, ChánhVP, TKHĐ, GVCN.")
P.para("II. KẾ HOẠCH THỜI GIAN TỔ CHỨC HỘI NGHỊ CHA MẸ HỌC SINH", bold=True)
P.table(["Quy mô HN", "Các khối lớp", "", "", "Khối lớp 12", "Người chủ trì"], title_col=0)
P._rows.append(("row", ["", "HN đầu năm", "HN cuối HKI", "HN cuối HKII", "HN cuối HKII", ""]))
CHAIRS = ["director", "parents"]
P.row(["Thời gian HN trưởng ban", "14h30, 19/9-Thứ 7", "", "14h30, 22/5-Thứ 7",
       "7h30, 24/4-T7 (BanĐD+GVCN)", "TB PH trường, Hiệu trưởng"],
      ev("2020-09-19", title="HN trưởng ban", roles=CHAIRS),
      ev("2021-05-22", title="HN trưởng ban", roles=CHAIRS),
      ev("2021-04-24", title="HN trưởng ban", roles=CHAIRS))
P.save_docx()
