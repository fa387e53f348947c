"""CCPL (ccplonline.org), a public library: "2025 Holidays and Closings", a table "Date | Holiday"
with the year only in the heading. Days as "<Weekday>, <Month> <d>", some months cut ("Aug.",
"Sept.", "Dec."), two days joined by "&" ("Saturday, May 24 & Monday, May 26 | Memorial Day"), two
ranges with an en dash ("Saturday, Aug. 30 – Monday, Sept. 1", "Wednesday, December 24 – Thursday,
Dec. 25 | Christmas Eve, Christmas"), a note in the name cell ("New Year’s Eve — Close at 5:00 PM"),
and a footnote on weekend holidays (no event). A library's calendar of closed days."""
from en_corpus import EnPlan, ev

P = EnPlan("en-51-ccpl-holidays-closings-2025", source="https://ccplonline.org/about/holidays-and-closings/",
           batch="2026-12-07-en-9", kind="library-plan", academic_year="2025")
P.para("2025 Holidays and Closings", bold=True)
P.table(["Date", "Holiday"], title_col=1)
for when, name, start, end in [
        ("Wednesday, January 1", "New Year’s Day", "2025-01-01", None),
        ("Monday, January 20", "Martin Luther King Jr. Day", "2025-01-20", None),
        ("Monday, February 17", "Presidents’ Day", "2025-02-17", None),
        ("Friday, April 11", "Staff Development Day", "2025-04-11", None),
        ("Friday, April 18", "Good Friday", "2025-04-18", None),
        ("Saturday, April 19", "Easter", "2025-04-19", None),
        ("Saturday, May 24 & Monday, May 26", "Memorial Day", "2025-05-24", "2025-05-26"),
        ("Thursday, June 19", "Juneteenth", "2025-06-19", None),
        ("Friday, July 4", "Independence Day", "2025-07-04", None),
        ("Saturday, Aug. 30 – Monday, Sept. 1", "Labor Day", "2025-08-30", "2025-09-01"),
        ("Monday, October 13", "Indigenous Peoples Day", "2025-10-13", None),
        ("Tuesday, November 11", "Veterans Day", "2025-11-11", None),
        ("Wednesday, November 26", "Day Before Thanksgiving", "2025-11-26", None),
        ("Thursday, November 27", "Thanksgiving Day", "2025-11-27", None),
        ("Friday, November 28", "American Indian Heritage Day", "2025-11-28", None),
        ("Friday, December 5", "Staff and Volunteer Appreciation Day", "2025-12-05", None),
        ("Wednesday, December 24 – Thursday, Dec. 25", "Christmas Eve, Christmas", "2025-12-24", "2025-12-25"),
        ("Wednesday, December 31", "New Year’s Eve — Close at 5:00 PM", "2025-12-31", None)]:
    t = "New Year’s Eve" if name.startswith("New Year’s Eve") else None
    P.row([when, name], ev(start, end, title=t) if t else ev(start, end))
P.para("*When a holiday falls on a weekend the library closes either the Friday before or Monday after, with the "
       "exception of Easter Sunday.")
P.save_docx()
