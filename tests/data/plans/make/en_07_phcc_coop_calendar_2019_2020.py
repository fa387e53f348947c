"""Parkville Heights Christian Cooperative preschool (PHCC, Baltimore County): "2019-2020
School Calendar", a month heading in capitals ("SEPTEMBER", no year) over a three-column
table per month (day | time | event) with no header row; the time cell is often empty or holds
two sessions on three lines ("9-11:30 AM" / "&" / "12:30-3:00 PM"); "TBD" stands for a day
not yet set (read as the month); a day range ("11-14"); several events share a day. The
months take their year from the title (August-December 2019). The stored copy ends inside
December (dropped)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-07-phcc-coop-calendar-2019-2020",
           source="https://www.phcccoop.org/events-calendar/",
           batch="2026-12-07-en-1", academic_year="2019-2020", title_col=2)
P.para("2019-2020 School Calendar (updated 11Jul2019)", bold=True)
TWO = "9-11:30 AM\n&\n12:30-3:00 PM"
PLAY = "Playground play date/Pre-back to school party at the PHCC playground."
MONTHS = [
    ("AUGUST", "2019-08", [
        ("TBD", "", "3 year old(PM) " + PLAY, None, {"location": "PHCC playground"}),
        ("TBD", "", "4 year old(AM) " + PLAY, None, {"location": "PHCC playground"}),
        ("TBD", "", "4 year old(PM) " + PLAY, None, {"location": "PHCC playground"}),
        ("TBD", "", "3 year old(AM) " + PLAY, None, {"location": "PHCC playground"}),
        ("12", "4:00 PM", "Classroom setup. Board Members only.", "12", {}),
        ("26", "7:00 PM", "Mandatory parent meeting at St. Michael’s Hall.", "26",
         {"location": "St. Michael’s Hall"}),
    ]),
    ("SEPTEMBER", "2019-09", [
        ("3", "", "Conference day", "03", {}),
        ("4", "", "Conference day", "04", {}),
        ("5", TWO, "First day 4s. Parents must stay.Last name A-M ONLY", "05", {}),
        ("6", TWO, "First day 3s. Parents must stay.Last name A-M ONLY", "06", {}),
        ("9", TWO, "First day 4s. Parents must stay.Last name N-Z ONLY", "09", {}),
        ("10", TWO, "First day 3s. Parents must stay.Last name N-Z ONLY", "10", {}),
        ("11", TWO, "Second day 4s. Parents may stay.", "11", {}),
        ("12", "TBD", "BINGO Meeting", "12", {}),
        ("13", TWO, "Second day 3s. Parents may stay.", "13", {}),
        ("15", "", "Last Tuition Payment Due", "15", {}),
        ("20", "6:00-7:30PM", "Family Fun Night: Ice Cream Social on School Playground", "20",
         {"location": "School Playground"}),
        ("26", "7:00PM", "Executive Board Meeting", "26", {}),
        ("27", "6:00-7:30PM", "Ice Cream Social Rain Date", "27", {}),
        ("30", "", "Rosh Hashanah-BCPS Closed; PHCC OPEN", "30", {}),
        ("TBD", "", "CPR class in the Fellowship Hall/Upstairs Meeting Room", None,
         {"location": "Fellowship Hall"}),
        ("TBD", "", "PHCC Swag (t-shirts, etc) Orders Due", None, {}),
    ]),
    ("OCTOBER", "2019-10", [
        ("9", "", "Yom Kippur-BCPS Closed; PHCC CLOSED", "09", {}),
        ("10", "", "4’s school photo day", "10", {}),
        ("10", "", "BINGO Meeting", "10", {}),
        ("11", "", "3’s school photo day", "11", {}),
        ("15", "", "3’s Farm Field Trip (Location TBD)", "15", {}),
        ("18", "", "PHCC closed, Professional Development Day", "18", {}),
        ("23", "", "4’s farm field trip, Jones Family Farm", "23", {"location": "Jones Family Farm"}),
        ("24", "", "Bingo Meeting", "24", {}),
        ("29", "", "3’s Halloween party.", "29", {}),
        ("31", "", "4’s Halloween party.", "31", {}),
        ("TBD", "", "Family Fun Night", None, {}),
    ]),
    ("NOVEMBER", "2019-11", [
        ("7", "", "BINGO Meeting", "07", {}),
        ("11-14", "", "Bingo Prep Meetings (throughout the week as needed)", ("11", "14"), {}),
        ("15", "6:00PM", "BINGO- Tall Cedars Hall, Parkville", "15",
         {"location": "Tall Cedars Hall, Parkville"}),
        ("21", "", "Executive Board Meeting", "21", {}),
        ("26", "", "3’s Thanksgiving Party", "26", {}),
        ("27", "", "4’s Thanksgiving Party", "27", {}),
        ("28", "", "PHCC CLOSED; Happy Thanksgiving!", "28", {}),
        ("29", "", "PHCC CLOSED; Thanksgiving Holiday", "29", {}),
    ]),
]
LAST = {"2019-08": "31", "2019-09": "30", "2019-10": "31", "2019-11": "30"}
for heading, ym, rows in MONTHS:
    P.para(heading, bold=True)
    P.table(None, title_col=2)
    for day, time, text, iso, kw in rows:
        if iso is None:
            e = ev(f"{ym}-01", f"{ym}-{LAST[ym]}", **kw)
        elif isinstance(iso, tuple):
            e = ev(f"{ym}-{iso[0]}", f"{ym}-{iso[1]}", **kw)
        else:
            e = ev(f"{ym}-{iso}", **kw)
        P.row([day, time, text], e)
P.save_docx()
