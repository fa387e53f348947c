"""An elementary school's PTA page on pps.net (Portland Public Schools): "2025-2026 Calendar of
Events", a Word table of two columns with no header: the month's name, then one cell holding
every event of that month, one line each, the day or day range first and no dash ("10 PTA
Meeting", "26-29 Kindergarten Ramp up days", "22-31 NO SCHOOL WINTER BREAK", "26-Jan-01
Kwanzaa"); "TBD" for a day not yet set (read as the month); one line holds two events of the
same day ("10 Early Release PTA Meeting" is kept as one, as written). Clock times stay in the
line. The months take their year from the title (August-December 2025, January on 2026). The
stored copy ends inside May (the last line is dropped)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-10-pps-school-events-2025-2026", source="https://www.pps.net/Page/17957",
           batch="2026-12-07-en-1", academic_year="2025-2026", title_col=1)
P.para("2025-2026 Calendar of Events", bold=True)
P.table(None, title_col=1)
MONTHS = [
    ("August", "2025-08", 31, [
        ("19 Kindergarten Social", "19"), ("26 First Day of School 1-5", "26"),
        ("26-29 Kindergarten Ramp up days", ("26", "29"))]),
    ("September", "2025-09", 30, [
        ("1 NO SCHOOL LABOR DAY", "01"), ("2 First Day Kinder", "02"),
        ("4 Volunteer Day PPS Clothing Center 9:30-1:30", "04"), ("Launch Spirit Wear", None),
        ("10 PTA Meeting", "10"), ("11 Ice Treat Social Back to School Night 5:30-6:30", "11"),
        ("17 Early Release", "17"), ("23 Picture Day", "23"), ("22-24 Rosh Hashanah", ("22", "24")),
        ("26 Movathon (Jogathon)", "26")]),
    ("October", "2025-10", 31, [
        ("1-2 Yom Kippur", ("01", "02")), ("8 PTA Meeting", "08"), ("10 NO SCHOOL INSERVICE", "10"),
        ("13 Indigenous Peoples' Day", "13"), ("13-17 Scholastic Book Fair", ("13", "17")),
        ("15 Halloween Costume Exchange", "15"), ("17 Grandfriends Day", "17"), ("21 Diwali", "21"),
        ("22 Early Release", "22"), ("24 Big Boo or Trunk or Treat", "24"),
        ("28 Picture Retake Day", "28"), ("30-31 NO SCHOOL-GRADING & PLANNING DAYS", ("30", "31"))]),
    ("November", "2025-11", 30, [
        ("1 Holiday Greenery Begins", "01"), ("11 Holiday", "11"), ("12 PTA Meeting", "12"),
        ("17 Holiday Sharing Begins (goes thru Dec 12)", "17"), ("24-25 Teacher Conferences", ("24", "25")),
        ("26-28 NO SCHOOL THANKSGIVING BREAK", ("26", "28")), ("28 Native American Heritage Day", "28")]),
    ("December", "2025-12", 31, [
        ("10 Early Release PTA Meeting", "10"), ("12 Family Fun Night", "12"), ("Holiday Sharing ends", None),
        ("14-22 Hanukkah", ("14", "22")), ("25 Christmas", "25"),
        ("22-31 NO SCHOOL WINTER BREAK", ("22", "31")), ("26-Jan-01 Kwanzaa", ("26", "2026-01-01"))]),
    ("January", "2026-01", 31, [
        ("1-2 NO SCHOOL WINTER BREAK", ("01", "02")), ("5 Begin Brick by Brick", "05"),
        ("8 Volunteer Day PPS Clothing Center 9:30-1:30", "08"), ("14 Early Release PTA Meeting", "14"),
        ("19 NO SCHOOL MLK", "19"), ("26-27 NO SCHOOL-GRADING & PLANNING DAYS", ("26", "27"))]),
    ("February", "2026-02", 28, [
        ("2-6 School Counselor Appreciation Week", ("02", "06")), ("11 Early Release PTA Meeting", "11"),
        ("16 NO SCHOOL PRESIDENTS DAY", "16"), ("17 Lunar New Year", "17"), ("17-18 Ramadan", ("17", "18")),
        ("18 Ash Wednesday", "18"), ("20 Family Fun Night", "20")]),
    ("March", "2026-03", 31, [
        ("TBD Kinder Connect", "TBD"), ("2 NO SCHOOL PROFESSIONAL DEV", "02"),
        ("11 Early Release PTA Meeting", "11"), ("14 Auction", "14"), ("19-22 Eid al-Fitr", ("19", "22")),
        ("23-27 NO SCHOOL SPRING BREAK", ("23", "27"))]),
    ("April", "2026-04", 30, [
        ("1-9 Passover", ("01", "09")), ("1 Paraprofessional Appreciation Day", "01"), ("3 Good Friday", "03"),
        ("3 NO SCHOOL PROFESSIONAL DEV", "03"), ("4 School Librarian Appreciation Day", "04"),
        ("5 Easter", "05"), ("6 NO SCHOOL PROFESSIONAL DEV", "06"), ("8 PTA Meeting", "08"),
        ("22 Early Release", "22"), ("22 Administrative Professionals Day", "22"),
        ("20-25 School Play", ("20", "25")), ("28 School Bus Driver Appreciation Day", "28")]),
    ("May", "2026-05", 31, [
        ("TBD Kinder Connect", "TBD"), ("1 School Principals Day", "01"), ("School Lunch Hero Day", None),
        ("4-8 Teacher Appreciation Week", ("04", "08")), ("6 School Nurse Day", "06"),
        ("13 Early Release PTA Meeting", "13"), ("22 Field Day", "22"), ("25 NO SCHOOL MEMORIAL DAY", "25")]),
]
import re
for month, ym, last, lines in MONTHS:
    texts = [t for t, _ in lines]
    P._rows.append(("row", [month, texts]))
    prev = None
    for text, day in lines:
        title = re.sub(r"^(TBD|\d+(-\d+)?(-[A-Z][a-z]+-\d+)?)\s+", "", text)
        if day is None:  # a line without its own day: the day of the line above (same cell)
            day = prev
        if day == "TBD":
            e = ev(f"{ym}-01", f"{ym}-{last}")
        elif isinstance(day, tuple):
            end = day[1] if "-" in day[1] else f"{ym}-{day[1]}"
            e = ev(f"{ym}-{day[0]}", end)
        else:
            e = ev(f"{ym}-{day}")
        prev = day
        P.event(title, e)
P.save_docx()
