"""Cloonan Middle School PTO: "2019 - 2020 PTO Calendar", as docslib.org stores the
document's text — one run of text with no line breaks, entries "<Weekday>, <Month> <d>: <name>"
one after another ("… Wednesday, August 28: 6th Grade Orientation Thursday, August 29: First Day of
School …"), spans as "<Weekday>, <Month> <d> to <Weekday>[,] <Month> <d>[, <yyyy>]: <name>", the
year written only twice ("Friday, November 1, 2019:", "… Friday, January 24, 2020:"), a place after
the name ("PTO Meeting, Teachers’ Lounge, 7:15am to 8:15am"), two weekdays that do not fit their
dates ("Wednesday, December 12", "Tuesday, January 24" — the dates kept), and two events on one
day written as two entries. Saved as text, one paragraph. The stored copy ends at "Thursday," (cut
there)."""
from en_corpus import EnPlan, ev

P = EnPlan("en-61-cloonan-pto-calendar-2019-2020",
           source="https://docslib.org/download/9773527/cms-important-dates-2019-2020",
           batch="2026-12-07-en-11", kind="pta-plan", academic_year="2019-2020")
LOUNGE = {"location": "Teachers’ Lounge"}
ENTRIES = [
    ("Wednesday, August 28: 6th Grade Orientation", "6th Grade Orientation", "2019-08-28", None, {}),
    ("Thursday, August 29: First Day of School", "First Day of School", "2019-08-29", None, {}),
    ("Thursday, August 29: 6th Grade Orientation", "6th Grade Orientation", "2019-08-29", None, {}),
    ("Monday, September 2: Labor Day, no school", "Labor Day", "2019-09-02", None, {}),
    ("Tuesday, September 24: Picture Day", "Picture Day", "2019-09-24", None, {}),
    ("Wednesday, September 25: PTO Meeting, Teachers’ Lounge, 7:15am to 8:15am", "PTO Meeting", "2019-09-25", None,
     LOUNGE),
    ("Wednesday, September 25: Early Release, PTO Pizza Day (volunteers needed)", "Early Release", "2019-09-25", None,
     {}),
    ("Thursday, September 26: Open School Night (volunteers needed)", "Open School Night", "2019-09-26", None, {}),
    ("Tuesday, October 1: Rosh Hashanah, no school", "Rosh Hashanah", "2019-10-01", None, {}),
    ("Wednesday, October 9: Yom Kippur, no school", "Yom Kippur", "2019-10-09", None, {}),
    ("Thursday, October 10: Morning Coffee with Cloonan Administrators (for parents)", "Morning Coffee", "2019-10-10",
     None, {}),
    ("Friday, October 25: Cloonan Social with DJ in the cafeteria (volunteers needed)", "Cloonan Social", "2019-10-25",
     None, {"location": "cafeteria"}),
    ("Wednesday, October 30: PTO Meeting, Teachers’ Lounge, 7:15am to 8:15am", "PTO Meeting", "2019-10-30", None,
     LOUNGE),
    ("Wednesday, October 30: Early Release, PTO Pizza Day (volunteers needed)", "Early Release", "2019-10-30", None,
     {}),
    ("Friday, November 1, 2019: End of 1st quarter", "End of 1st quarter", "2019-11-01", None, {}),
    ("Monday, November 4 to Friday November 22: School hat, gloves, and scarf drive (for charity of school’s choice)",
     "School hat, gloves, and scarf drive", "2019-11-04", "2019-11-22", {}),
    ("Tuesday, November 5: Election Day, no school", "Election Day", "2019-11-05", None, {}),
    ("Monday, November 11: Veteran’s Day, no school", "Veteran’s Day", "2019-11-11", None, {}),
    ("Thursday, November 14: Distribution of report cards", "Distribution of report cards", "2019-11-14", None, {}),
    ("Friday, November 15: Honor Roll Ice Cream Social", "Honor Roll Ice Cream Social", "2019-11-15", None, {}),
    ("Wednesday, November 27: PTO Meeting, Teachers’ Lounge, 7:15am to 8:15am", "PTO Meeting", "2019-11-27", None,
     LOUNGE),
    ("Wednesday, November 27: Early Release", "Early Release", "2019-11-27", None, {}),
    ("Thursday, November 28 to Friday November 29: Thanksgiving Recess", "Thanksgiving Recess", "2019-11-28",
     "2019-11-29", {}),
    ("Wednesday, December 12: Assembly for parents (potential topics: vaping, anxiety, social media, "
     "mindfulness/strategies for positive social emotional development in middle school)", "Assembly for parents",
     "2019-12-12", None, {}),
    ("Monday, December 23 to Wednesday, January 1: Winter Recess", "Winter Recess", "2019-12-23", "2020-01-01", {}),
    ("Wednesday, January 15: Morning Coffee with Cloonan Administrators (for parents)", "Morning Coffee", "2020-01-15",
     None, {}),
    ("Monday, January 20: MLK Day, no school", "MLK Day", "2020-01-20", None, {}),
    ("Tuesday, January 21 to Friday, January 24, 2020: Midterm exams", "Midterm exams", "2020-01-21", "2020-01-24", {}),
    ("Tuesday, January 24: End of 2nd quarter", "End of 2nd quarter", "2020-01-24", None, {}),
    ("Wednesday, January 29: PTO Meeting, Teachers’ Lounge, 7:15am to 8:15am", "PTO Meeting", "2020-01-29", None,
     LOUNGE),
    ("Wednesday, January 29: Early Release, PTO Pizza Day (volunteers needed)", "Early Release", "2020-01-29", None,
     {}),
]
text = "Cloonan Middle Schools 2019 - 2020 PTO Calendar " + " ".join(e[0] for e in ENTRIES) + " Thursday,"
P.para(text)
for _, t, s, e, kw in ENTRIES:
    P.event(t, ev(s, e, **kw))
P.save_txt()
