"""Reddick Library (reddicklibrary.org): "Library Closings", closing dates in 2025 & 2026 as a
bullet list "<NAME IN CAPITALS> – <Weekday>, <Month> <d>, <yyyy>" with notes in brackets ("(close @
1:00pm)"), under the opening hours line (no event). One line is a weekly closing over a summer ("ALL
SUNDAYS (15 total) from May 24, 2026 through September 6, 2026"), one a month with the day still
to come ("FULL-DAY STAFF INSERVICE – September 2026 (date TBA)"), and one weekday does not fit
("NEW YEAR’S DAY – Wednesday, January 1, 2026": a Thursday; the date is kept). A library's calendar
of closed days, saved as Word bullets."""
from en_corpus import EnPlan, ev

P = EnPlan("en-52-reddick-library-closings-2025-2026", source="https://www.reddicklibrary.org/library-closings",
           batch="2026-12-07-en-9", kind="library-plan", academic_year="2025-2026")
P.para("Library Closings", bold=True)
P.para("HOURS: Monday-Thursday 9:00am-7:00pm | Friday-Saturday 9:00am-5:00pm | Sunday 12:00pm-5:00pm")
P.para("Closing Dates in 2025 & 2026", bold=True)
for text, start, end, title in [
        ("HALF-DAY STAFF INSERVICE - Friday, November 7, 2025 (close @ 1:00pm)", "2025-11-07", None,
         "HALF-DAY STAFF INSERVICE"),
        ("THANKSGIVING EVE – Wednesday, November 26, 2025 (close @ 5:00pm)", "2025-11-26", None, "THANKSGIVING EVE"),
        ("THANKSGIVING DAY – Thursday, November 27, 2025", "2025-11-27", None, "THANKSGIVING DAY"),
        ("CHRISTMAS EVE – Wednesday, December 24, 2025", "2025-12-24", None, "CHRISTMAS EVE"),
        ("CHRISTMAS DAY – Thursday, December 25, 2025", "2025-12-25", None, "CHRISTMAS DAY"),
        ("NEW YEAR’S EVE – Wednesday, December 31, 2025", "2025-12-31", None, "NEW YEAR’S EVE"),
        ("NEW YEAR’S DAY – Wednesday, January 1, 2026", "2026-01-01", None, "NEW YEAR’S DAY"),
        ("HALF-DAY STAFF SERVICE – Friday, March 27, 2026 (close @ 1:00pm)", "2026-03-27", None,
         "HALF-DAY STAFF SERVICE"),
        ("EASTER SUNDAY – Sunday, April 5, 2026", "2026-04-05", None, "EASTER SUNDAY"),
        ("MOTHERS’ DAY – Sunday, May 10, 2026", "2026-05-10", None, "MOTHERS’ DAY"),
        ("ALL SUNDAYS (15 total) from May 24, 2026 through September 6, 2026", "2026-05-24", "2026-09-06",
         "ALL SUNDAYS"),
        ("MEMORIAL DAY – Monday, May 25, 2026", "2026-05-25", None, "MEMORIAL DAY"),
        ("INDEPENDENCE DAY – Saturday, July 4, 2026", "2026-07-04", None, "INDEPENDENCE DAY"),
        ("LABOR DAY – Monday, September 7, 2026", "2026-09-07", None, "LABOR DAY"),
        ("FULL-DAY STAFF INSERVICE – September 2026 (date TBA)", "2026-09-01", "2026-09-30",
         "FULL-DAY STAFF INSERVICE"),
        ("THANKSGIVING EVE – Wednesday, November 25, 2026 (close @ 5:00pm)", "2026-11-25", None, "THANKSGIVING EVE"),
        ("THANKSGIVING DAY – Thursday, November 26, 2026", "2026-11-26", None, "THANKSGIVING DAY"),
        ("CHRISTMAS EVE – Thursday, December 24, 2026", "2026-12-24", None, "CHRISTMAS EVE"),
        ("CHRISTMAS DAY – Friday, December 25, 2026", "2026-12-25", None, "CHRISTMAS DAY"),
        ("NEW YEAR’S EVE – Thursday, December 31, 2026", "2026-12-31", None, "NEW YEAR’S EVE"),
        ("NEW YEAR’S DAY – Friday, January 1, 2027", "2027-01-01", None, "NEW YEAR’S DAY")]:
    P.item(text, ev(start, end), style="List Bullet", title=title)
P.save_docx()
