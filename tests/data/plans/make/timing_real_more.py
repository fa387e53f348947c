"""Adds to tests/data/timing_real.jsonl a second collection of timing cells copied as written
from real, published plans, school calendars and term diaries (Russian, Vietnamese, English),
each with what a careful reader would answer under docs TIMING.md in the plan's academic year
and the page it came from.

Run it after vi_timing_real.py (which rewrites the file). This script's records (same year,
text and page) are replaced on every run, so running it twice changes nothing; a text already
in timing_gold.jsonl or in the file (same year and text, case-insensitive) is left out."""
import json, os

from timing_records import GOLD, HERE, OUT, add, days, multiple, recs, recurring, whole  # noqa: F401


# ---------------------------------------------------------------- English
S = "https://cbec.org.uk/term-dates/"
Y = "2023-2024"
for t, a, b in [("Sept 4th  to Oct 20th", "2023-09-04", "2023-10-20"),
                ("Oct 30 to Dec 15th", "2023-10-30", "2023-12-15"),
                ("Jan 2nd  to Feb 9th", "2024-01-02", "2024-02-09"),
                ("Feb 19th to March 29th", "2024-02-19", "2024-03-29"),
                ("April 16th  to May 25th", "2024-04-16", "2024-05-25"),
                ("Jun 4th to Jul 25th", "2024-06-04", "2024-07-25")]:
    add(Y, t, "range", a, b, S)
multiple(Y, "October 23rd, November 17th, January 25th, March 8th, April 26th",
         days("2023-10-23", "2023-11-17", "2024-01-25", "2024-03-08", "2024-04-26"), S)

S = "https://www.chigwell-school.org/term-dates/"
Y = "2023-2024"
add(Y, "Staff meetings and INSET on Monday 4th and Tuesday 5th September", "range", "2023-09-04", "2023-09-05", S)
add(Y, "First day: Wednesday 6th September", "date", "2023-09-06", src=S)
add(Y, "Half term: Saturday 21st October to Sunday 5th November", "range", "2023-10-21", "2023-11-05", S)
add(Y, "Term ends: Wednesday 13th December", "date", "2023-12-13", src=S)
add(Y, "Staff meetings and INSET on Wednesday 3rd January", "date", "2024-01-03", src=S)
add(Y, "First day: Thursday 4th January", "date", "2024-01-04", src=S)
add(Y, "Half term: Saturday 10th February to Sunday 18th February", "range", "2024-02-10", "2024-02-18", S)
add(Y, "Term ends: Thursday 28th March", "date", "2024-03-28", src=S)
add(Y, "(Easter Day is 31st March)", "date", "2024-03-31", src=S)
add(Y, "First day: Wednesday 17th April", "date", "2024-04-17", src=S)
add(Y, "Half term: Saturday 25th May to Sunday 2nd June", "range", "2024-05-25", "2024-06-02", S)
add(Y, "INSET Day on Monday 3rd June", "date", "2024-06-03", src=S)
add(Y, "Term ends: Wednesday 10th July", "date", "2024-07-10", src=S)
Y = "2024-2025"
add(Y, "Staff meetings and INSET on Monday 2nd and Tuesday 3rd September", "range", "2024-09-02", "2024-09-03", S)
add(Y, "Half term: Saturday 19th October to Sunday 3rd November", "range", "2024-10-19", "2024-11-03", S)
add(Y, "Term ends: Friday 13th December", "date", "2024-12-13", src=S)
add(Y, "Staff meetings and INSET on Monday 6th January", "date", "2025-01-06", src=S)
add(Y, "Half term: Saturday 15th February to Sunday 23rd February", "range", "2025-02-15", "2025-02-23", S)
add(Y, "(Easter Day is 20th April)", "date", "2025-04-20", src=S)
add(Y, "Half term: Saturday 24th May to Monday 2nd June", "range", "2025-05-24", "2025-06-02", S)
add(Y, "INSET Day on Monday 2nd June", "date", "2025-06-02", src=S)
add(Y, "Term ends: Friday 11th July", "date", "2025-07-11", src=S)

S = "https://worthington-primary.trafford.sch.uk/information-for-parents-and-carers/academic-year-2018-2019/"
Y = "2016-2017"
for t, d in [("Monday 5 September", "2016-09-05"), ("Friday 21 October", "2016-10-21"),
             ("Monday 31 October", "2016-10-31"), ("Tuesday 20 December", "2016-12-20"),
             ("Tuesday 3 January", "2017-01-03"), ("Friday 10 February", "2017-02-10"),
             ("Monday 20 February", "2017-02-20"), ("Friday 31 March", "2017-03-31"),
             ("Monday 17 April", "2017-04-17"), ("Friday 26 May", "2017-05-26"),
             ("Monday 12 June", "2017-06-12"), ("Friday 21 July", "2017-07-21")]:
    add(Y, t, "date", d, src=S)
multiple(Y, "Thursday 1 September, Friday 2 September, Wednesday 21 December",
         days("2016-09-01", "2016-09-02", "2016-12-21"), S)
multiple(Y, "Friday 14 April, Friday 9 June", days("2017-04-14", "2017-06-09"), S)
add(Y, "Note: On Monday 1 May all schools will be closed for the early May Bank Holiday", "date", "2017-05-01", src=S)
add(Y, "Teacher Training Days – None this term.", "unknown", src=S)

S = "https://www.hhe.nottingham.sch.uk/key-information/term-dates/"
Y = "2023-2024"
add(Y, "Starts: Monday 4th September", "date", "2023-09-04", src=S)
add(Y, "Inset Day: 29th September", "date", "2023-09-29", src=S)
add(Y, "Half term: Monday 23 October to Friday 3 November", "range", "2023-10-23", "2023-11-03", S)
add(Y, "Ends: Wednesday 20 December", "date", "2023-12-20", src=S)
add(Y, "Starts: Thursday 4 January", "date", "2024-01-04", src=S)
add(Y, "Half term: Monday 12 February to Friday 16 February", "range", "2024-02-12", "2024-02-16", S)
add(Y, "Ends: Wednesday 27th March", "date", "2024-03-27", src=S)
add(Y, "Inset Day 28th March", "date", "2024-03-28", src=S)
add(Y, "May Day: (Bank Holiday) Monday 6 May", "date", "2024-05-06", src=S)
add(Y, "Half term: Monday 27 May to Friday 31 May", "range", "2024-05-27", "2024-05-31", S)
add(Y, "Inset Day: 8th July", "date", "2024-07-08", src=S)
add(Y, "Ends: Friday 26 July", "date", "2024-07-26", src=S)

S = "https://untestedlansingdana.pages.dev/382465.html"
for t, a, b in [("Half-term: Monday 30 October 2023 - Friday 3 November 2023", "2023-10-30", "2023-11-03"),
                ("Half-term: Monday 12 February 2024 - Friday 16 February 2024", "2024-02-12", "2024-02-16"),
                ("Half-term: Monday 28 October 2024 - Friday 1 November 2024", "2024-10-28", "2024-11-01"),
                ("Half-term: Monday 24 February 2025 - Friday 28 February 2025", "2025-02-24", "2025-02-28"),
                ("Half-term: Monday 16 February 2026 - Friday 20 February 2026", "2026-02-16", "2026-02-20")]:
    add(f"{int(a[:4]) - (a[5:7] < '09')}-{int(a[:4]) - (a[5:7] < '09') + 1}", t, "range", a, b, S)
for t, d in [("Start: Monday 4 September 2023", "2023-09-04"), ("End: Friday 22 December 2023", "2023-12-22"),
             ("Start: Monday 8 January 2024", "2024-01-08"), ("End: Monday 22 July 2024", "2024-07-22"),
             ("End: Friday 11 April 2025", "2025-04-11"), ("Start: Monday 13 April 2026", "2026-04-13"),
             ("End: Monday 20 July 2026", "2026-07-20")]:
    y0 = int(d[:4]) - (d[5:7] < "09")
    add(f"{y0}-{y0 + 1}", t, "date", d, src=S)


S = "http://www.dinasbran.co.uk/sch/term-dates/"
Y = "2023-2024"
for t, d in [("Staff Training Day: 01/09/2023", "2023-09-01"), ("Close Half Term: 27/10/2023", "2023-10-27"),
             ("Staff Training Day: 06/11/2023", "2023-11-06"), ("Close end of term: 21/12/2023", "2023-12-21"),
             ("Open: 19/02/2024", "2024-02-19"), ("May day: 06/05/2024", "2024-05-06"),
             ("Close Half Term: 24/05/2024", "2024-05-24"), ("Staff Training Day: 19/07/2024", "2024-07-19")]:
    add(Y, t, "date", d, src=S)

S = "https://www.priestleysmith.com/events"
Y = "2023-2024"
add(Y, "Term Starts: Wednesday 6th September 2023", "date", "2023-09-06", src=S)
add(Y, "Half Term: Monday 30 October 2023 to Friday 3 November 2023", "range", "2023-10-30", "2023-11-03", S)
add(Y, "30th Oct - 3rd November", "range", "2023-10-30", "2023-11-03", S)
add(Y, "15th November", "date", "2023-11-15", src=S)
add(Y, "Term Ends: Monday 22 July 2024", "date", "2024-07-22", src=S)

S = "https://www.henryhindeinfantschool.co.uk/parents/term-dates/"
Y = "2023-2024"
for t, d in [("Friday September 1st", "2023-09-01"), ("Wednesday September 6th", "2023-09-06"),
             ("Friday December 22nd", "2023-12-22"), ("Tuesday January 9th", "2024-01-09"),
             ("Friday July 19th", "2024-07-19")]:
    add(Y, t, "date", d, src=S)
for t, a, b in [("Monday October 30th - Friday November 3rd", "2023-10-30", "2023-11-03"),
                ("Monday February 12th - Friday February 16th", "2024-02-12", "2024-02-16"),
                ("Monday May 27th - Friday May 31st", "2024-05-27", "2024-05-31")]:
    add(Y, t, "range", a, b, S)

S = "https://cmpswales.org/Calendar/"
Y = "2023-2024"
add(Y, "7th September 2023", "date", "2023-09-07", src=S)
add(Y, "30th October 2023 - 3rd November 2023", "range", "2023-10-30", "2023-11-03", S)
add(Y, "18th December 2023 - 5th January 2024", "range", "2023-12-18", "2024-01-05", S)
add(Y, "INSET Day:  4th & 5th January 2024", "range", "2024-01-04", "2024-01-05", S)
add(Y, "EID Holiday: 10th - 12th April 2024", "range", "2024-04-10", "2024-04-12", S)
add(Y, "EID Holiday: 17th - 19th June 2024", "range", "2024-06-17", "2024-06-19", S)
add(Y, "INSET Day : 12th  July 2024", "date", "2024-07-12", src=S)

S = "http://harmonynursery.co.uk/calendar/"
Y = "2023-2024"
add(Y, "Closures for Training:  Thursday 4th January 2024 – staff training", "date", "2024-01-04", src=S)
add(Y, "Friday 29th March 2024: Good Friday", "date", "2024-03-29", src=S)
add(Y, "Monday 26th August 2024: Summer Bank Holiday", "date", "2024-08-26", src=S)

S = "https://www.criftins.shropshire.sch.uk/terms-dates-holidays"
Y = "2025-2026"
add(Y, "Starts: 2 September 2025", "date", "2025-09-02", src=S)
add(Y, "Half term: 27 October 2025 - 31st October 2025", "range", "2025-10-27", "2025-10-31", S)
add(Y, "Half term: 12 - 20 February 2026", "range", "2026-02-12", "2026-02-20", S)
add(Y, "Half term: 25 - 29 May 2026", "range", "2026-05-25", "2026-05-29", S)
multiple(Y, "Monday 1 September 2025 (PD), 3rd November 2025 (PD)", days("2025-09-01", "2025-11-03"), S)

S = "https://poolegrammar.com/students-parents/diary-dates/term-dates-holidays/term-dates-holidays-2025-26"
Y = "2025-2026"
for t, a, b in [("Wednesday 3 September – Friday 24 October 2025", "2025-09-03", "2025-10-24"),
                ("Monday 3 November – Friday 19 December 2025", "2025-11-03", "2025-12-19"),
                ("Monday 5 January – Friday 13 February 2026", "2026-01-05", "2026-02-13"),
                ("Christmas: Monday 22 December 2025 – Friday 2 January 2026", "2025-12-22", "2026-01-02"),
                ("Easter: Monday 30 March – Friday 10 April 2026", "2026-03-30", "2026-04-10"),
                ("Half term: Monday 27 October – Friday 31 October 2025", "2025-10-27", "2025-10-31")]:
    add(Y, t, "range", a, b, S)
add(Y, "Bank Holiday: Monday 4 May 2026", "date", "2026-05-04", src=S)

S = "https://www.susiearnshaw.co.uk/termdates"
Y = "2025-2026"
for t, a, b in [("Monday 8th September to Friday 24th October", "2025-09-08", "2025-10-24"),
                ("Half Term – 27th to 31st October", "2025-10-27", "2025-10-31"),
                ("Wednesday 7th January to Friday 13th February", "2026-01-07", "2026-02-13"),
                ("Half Term – 16th to 20th February", "2026-02-16", "2026-02-20"),
                ("(Easter Weekend 3rd to 6th April)", "2026-04-03", "2026-04-06"),
                ("Half Term – 25th to 29th May", "2026-05-25", "2026-05-29"),
                ("Monday 1st June to Friday 10th July", "2026-06-01", "2026-07-10")]:
    add(Y, t, "range", a, b, S)
add(Y, "(May Day Bank Holiday 4th May)", "date", "2026-05-04", src=S)

S = "https://stpetersinfant.org/?p=3147"
Y = "2025-2026"
for t, a, b in [("AUTUMN TERM : Wed 3 September – Fri 19 December 2025", "2025-09-03", "2025-12-19"),
                ("Half Term : 25 Oct – 2 Nov 2025", "2025-10-25", "2025-11-02"),
                ("SPRING TERM : Mon 5 January – Fri 27 March 2026", "2026-01-05", "2026-03-27"),
                ("Half Term: 14 – 22 Feb 2026", "2026-02-14", "2026-02-22"),
                ("SUMMER TERM : Mon 13 April – Wed 22 July 2026", "2026-04-13", "2026-07-22"),
                ("Half Term : 23 May – 31 May 2026", "2026-05-23", "2026-05-31")]:
    add(Y, t, "range", a, b, S)
add(Y, "INSET Days : dates tbc", "unknown", src=S)
add(Y, "Bank Holidays : Mon 4 May 2026", "date", "2026-05-04", src=S)

S = "https://www.stramongate.cumbria.sch.uk/key-information/term-dates"
Y = "2025-2026"
add(Y, "Monday 1st and Tuesday 2nd September 2025", "range", "2025-09-01", "2025-09-02", S)
add(Y, "Monday 27th October – Friday 31st October 2025", "range", "2025-10-27", "2025-10-31", S)

S = "https://ighs.org.uk/school-term-dates-2025-2026"
Y = "2025-2026"
add(Y, "Sep 3 - Oct 24, 2025", "range", "2025-09-03", "2025-10-24", S)
add(Y, "Sep 1, 2025", "date", "2025-09-01", src=S)

S = "http://chapelhigh.org.uk/term_dates.html"
add("2025-2026", "Friday 5th December 2025 (disaggregated)", "date", "2025-12-05", src=S)

# Term headings: the page's own first and last days where it gives them (a school's terms
# differ from the typical ones by a week or two).
S = "http://harmonynursery.co.uk/calendar/"
Y = "2023-2024"
add(Y, "Spring Term 2024", "range", "2024-01-05", "2024-03-28", S, tolerance_days=14)
add(Y, "Summer Term 2024", "range", "2024-04-10", "2024-07-22", S, tolerance_days=14)
add(Y, "Autumn Term 2024", "range", "2024-09-02", "2024-12-20", S, tolerance_days=14)
S = "https://www.priestleysmith.com/events"
add(Y, "Autumn Term 2023", "range", "2023-09-06", "2023-12-22", S, tolerance_days=14)
S = "http://chapelhigh.org.uk/term_dates.html"
Y = "2025-2026"
for t, a, b in [("Autumn Term 1", "2025-09-08", "2025-10-24"), ("Autumn Term 2", "2025-11-03", "2025-12-19"),
                ("Spring Term 1", "2026-01-06", "2026-02-13"), ("Spring Term 2", "2026-02-24", "2026-03-27"),
                ("Summer Term 1", "2026-04-13", "2026-05-22"), ("Summer Term 2", "2026-06-01", "2026-07-23")]:
    add(Y, t, "range", a, b, S, tolerance_days=14)
for t, a, b in [("Monday 8 September 2025 to Friday 24 October 2025", "2025-09-08", "2025-10-24"),
                ("Tuesday 24 February 2026 to Friday 27 March 2026", "2026-02-24", "2026-03-27")]:
    add(Y, t, "range", a, b, S)

S = "https://smithtonprimary.co.uk/dates-for-your-diary"
Y = "2024-2025"
for t, a, b in [("October holidays - 14 October to 25 October", "2024-10-14", "2024-10-25"),
                ("Christmas and New Year break - 23 December to 3 January", "2024-12-23", "2025-01-03"),
                ("February break - 17 February and 18 February", "2025-02-17", "2025-02-18"),
                ("Easter holidays - 7 April to 21 April", "2025-04-07", "2025-04-21"),
                ("In service days - 16 September and 17 September", "2024-09-16", "2024-09-17")]:
    add(Y, t, "range", a, b, S)
add(Y, "In service day - 19 February", "date", "2025-02-19", src=S)
add(Y, "May Day - 5 May", "date", "2025-05-05", src=S)
# A Scottish school year starts in August: the weekday says which August.
add(Y, "Monday 19th August: INSET Day", "date", "2024-08-19", src=S)
add(Y, "Monday 16th September: INSERVICE Day", "date", "2024-09-16", src=S)
add("2023-2024", "SUMMER HOLIDAYS: Friday 28th June - Friday 16th August", "range", "2024-06-28", "2024-08-16", S)
Y = "2025-2026"
for t, a, b in [("October holidays - 13 October to 24 October", "2025-10-13", "2025-10-24"),
                ("Christmas and New Year break - 24 December to 7 January", "2025-12-24", "2026-01-07"),
                ("February break - 16 February and 17 February", "2026-02-16", "2026-02-17"),
                ("Easter holidays - 3 April to 20 April", "2026-04-03", "2026-04-20"),
                ("In service days - 15 September and 16 September", "2025-09-15", "2025-09-16")]:
    add(Y, t, "range", a, b, S)
add(Y, "In service day - 7 May", "date", "2026-05-07", src=S)
add(Y, "May Day - 4 May", "date", "2026-05-04", src=S)

# Holiday rows of a term-dates table: the name alone, read with the dates beside it (a week's
# tolerance: schools' holidays differ).
S = "https://www.thehelix.harrow.sch.uk/page/?title=Term+Dates&pid=31"
Y = "2024-2025"
add(Y, "Christmas Holiday", "range", "2024-12-23", "2025-01-03", S, tolerance_days=7)
add(Y, "Easter Holiday", "range", "2025-04-07", "2025-04-21", S, tolerance_days=7)
add(Y, "Autumn Half Term", "range", "2024-10-28", "2024-11-01", S, tolerance_days=7)
add(Y, "Spring Half Term", "range", "2025-02-17", "2025-02-21", S, tolerance_days=7)
add(Y, "Summer Half Term", "range", "2025-05-26", "2025-05-30", S, tolerance_days=7)
add(Y, "May Bank Holiday", "date", "2025-05-05", src=S)
S = "http://kippaxashtree.leeds.sch.uk/calendar"
Y = "2025-2026"
add(Y, "Christmas Holidays", "range", "2025-12-22", "2026-01-02", S, tolerance_days=7)
add(Y, "Easter Holidays", "range", "2026-04-06", "2026-04-17", S, tolerance_days=7)
add(Y, "Summer Holidays", "range", "2026-07-22", "2026-08-31", S, tolerance_days=7)

S = "https://www.langleygreenprimary.co.uk/dates-for-your-diary/"
Y = "2024-2025"
for t, a, b in [("Tuesday, 25th March - Thursday, 27th March", "2025-03-25", "2025-03-27"),
                ("Monday, 7th April - Monday, 21st April", "2025-04-07", "2025-04-21"),
                ("Monday, 21st July & Tuesday, 22nd July", "2025-07-21", "2025-07-22"),
                ("Wednesday, 23rd July - Tuesday, 2nd September", "2025-07-23", "2025-09-02")]:
    add(Y, t, "range", a, b, S)
# The diary's last rows are next year's first days: their weekdays say so.
add(Y, "Thursday, 4th September", "date", "2025-09-04", src=S)
Y = "2025-2026"
add(Y, "Monday, 6th October - 8th October", "range", "2025-10-06", "2025-10-08", S)
add(Y, "Friday, 19th December", "date", "2025-12-19", src=S)
add(Y, "Monday, 5th January 2026", "date", "2026-01-05", src=S)
add(Y, "Monday, 30th March - Friday, 10th April 2026", "range", "2026-03-30", "2026-04-10", S)

S = "https://langstone-jun.portsmouth.sch.uk/parents/calendar/action~agenda/exact_date~1580428800/request_format~html"
Y = "2023-2024"
add(Y, "27th November – INSET", "date", "2023-11-27", src=S)
add(Y, "1st January 2024 – New Year’s Day Holiday", "date", "2024-01-01", src=S)
add(Y, "29th March 2024 – Good Friday", "date", "2024-03-29", src=S)
add(Y, "6th May 2024 – May Day Holiday", "date", "2024-05-06", src=S)
Y = "2024-2025"
for t, a, b in [("Half-Term 1: 4th September – 18th October", "2024-09-04", "2024-10-18"),
                ("October Half-Term: 21st October – 1st November", "2024-10-21", "2024-11-01"),
                ("Christmas Holidays: 23rd December – 3rd January", "2024-12-23", "2025-01-03"),
                ("February Half-Term: 17th February – 21st February", "2025-02-17", "2025-02-21"),
                ("Easter Holidays: 7th April – 18th April", "2025-04-07", "2025-04-18"),
                ("May Half-Term: 26th May – 30th May", "2025-05-26", "2025-05-30")]:
    add(Y, t, "range", a, b, S)
add(Y, "21st April 2025 – Easter Monday", "date", "2025-04-21", src=S)
add(Y, "5th May 2025 – May Day Holiday", "date", "2025-05-05", src=S)
# The calendar's own events (January to March 2020).
Y = "2019-2020"
add(Y, "Jan 29 @ 9:00 am – Jan 31 @ 2:30 pm", "range", "2020-01-29", "2020-01-31", S)
add(Y, "Mar 16 @ 3:30 pm – Mar 20 @ 5:30 pm", "range", "2020-03-16", "2020-03-20", S)
add(Y, "Mar 5 @ 9:00 am – 3:30 pm", "date", "2020-03-05", src=S, time="09:00", end_time="15:30")

S = "https://brompton.n-yorks.sch.uk/calendar/"
Y = "2023-2024"
add(Y, "Christmas holiday: Monday 25th December 2023 to Friday 5th January 2024", "range", "2023-12-25", "2024-01-05", S)
add(Y, "Easter holiday: Monday 25th March 2024 to Friday 5th April 2024", "range", "2024-03-25", "2024-04-05", S)
add(Y, "Bank Holiday: Monday 6th May 2024", "date", "2024-05-06", src=S)
add(Y, "Thursday 21st September – Governing Body Meeting – 5:30pm", "date", "2023-09-21", src=S, time="17:30")

S = "https://www.ruisliphigh.com/home/parents/term-dates/"
Y = "2024-2025"
add(Y, "Monday 2nd September 2024 and Tuesday 3rd September 2024", "range", "2024-09-02", "2024-09-03", S)
add(Y, "Thursday 28th November 2024 and Friday 29th November 2024", "range", "2024-11-28", "2024-11-29", S)
add(Y, "Friday 20th December 2024*", "date", "2024-12-20", src=S)

S = "https://pallisterparkprimary.co.uk/term-dates-2"
add("2025-2026", "PD days to be confirmed.", "unknown", src=S)

S = "http://bfcct.co.uk.temp.link/term-dates/"
Y = "2023-2024"
add(Y, "Inset Day – 4th September 2023", "date", "2023-09-04", src=S)
add(Y, "School Opens Thursday 7th September 2023", "date", "2023-09-07", src=S)
add(Y, "Half Term Closure Monday 23rd October – Friday 3rd November 2023", "range", "2023-10-23", "2023-11-03", S)
add(Y, "Inset DaysThursday 21st & Friday 22nd December 2023", "range", "2023-12-21", "2023-12-22", S)
add(Y, "Parent’s MeetingsMonday 11th December 2023", "date", "2023-12-11", src=S)
add(Y, "Closure After SchoolThursday 28th March 2024", "date", "2024-03-28", src=S)
add(Y, "May Day Closure Monday 6th May 2024", "date", "2024-05-06", src=S)

# ---------------------------------------------------------------- Russian
S = "https://penza-gov.ru/doc/12900"
Y = "2007-2008"
add(Y, "01.11.2007", "date", "2007-11-01", src=S)
add(Y, "До 01.11.2007", "deadline", "2007-11-01", src=S)
add(Y, "До 22.11.2007", "deadline", "2007-11-22", src=S)
add(Y, "До 20.11.2007", "deadline", "2007-11-20", src=S)
add(Y, "30.11.2007 01.12.2007", "range", "2007-11-30", "2007-12-01", S)
add(Y, "До 30.11.2007", "deadline", "2007-11-30", src=S)

S = "https://kitap.tatar.ru/en/site/42318025-37/pages/Plan/"
Y = "2023-2024"
add(Y, "02.10. - 31.10.2023", "range", "2023-10-02", "2023-10-31", S)
add(Y, "02.10. - 10.10.2023", "range", "2023-10-02", "2023-10-10", S)
add(Y, "02.10.2023   10.00", "date", "2023-10-02", src=S, time="10:00")
add(Y, "04.10.2023   13.00", "date", "2023-10-04", src=S, time="13:00")
add(Y, "21.10.2023    12.00", "date", "2023-10-21", src=S, time="12:00")

S = "https://31.schoolpodolsk.ru/file/card?id=5432"
Y = "2023-2024"
for t, a, b in [("2-4 октября", "2023-10-02", "2023-10-04"), ("10-13 октября", "2023-10-10", "2023-10-13"),
                ("13-20 ноября", "2023-11-13", "2023-11-20"), ("27-29 декабря", "2023-12-27", "2023-12-29")]:
    add(Y, t, "range", a, b, S)

S = "https://iskitimoktclub.ru/sample-page/"
Y = "2022-2023"
add(Y, "17 апреля – 26 мая", "range", "2023-04-17", "2023-05-26", S)
add(Y, "24 апреля – 31 мая", "range", "2023-04-24", "2023-05-31", S)
add(Y, "По договоренности", "unknown", src=S)

S = "https://shemurcrk.rchuv.ru/calendar/2023/01/17/plan-raboti-kuljturno-dosugovih-uchrezhdenij-na-ya"
add("2022-2023", "По особому плану", "unknown", src=S)

S = "http://oek.su/sksk_anons/1838-plan-raboty-doma-kultury-na-aprel-2016-goda.html"
Y = "2015-2016"
for t, d in [("01.04.16", "2016-04-01"), ("20.04.16", "2016-04-20"), ("27.04.16", "2016-04-27")]:
    add(Y, t, "date", d, src=S)

S = "https://kapotnya.mskobr.ru/obrazovanie/rejim-dnya-i-sroki-kanikul"
Y = "2020-2021"
add(Y, "1.09.2020года", "date", "2020-09-01", src=S)
add(Y, "21.05.2021г.", "date", "2021-05-21", src=S)
add(Y, "28.05.2021г.", "date", "2021-05-28", src=S)
for t, d in [("1.09.2020г., вторник", "2020-09-01"), ("2.10.2020г., пятница", "2020-10-02"),
             ("12.10.2020г., понедельник", "2020-10-12"), ("13.11.2020г., пятница", "2020-11-13"),
             ("23.11.2020г., понедельник", "2020-11-23"), ("30.12.2020г., среда", "2020-12-30"),
             ("11.01.2021г., понедельник", "2021-01-11"), ("19.02.2021г., пятница", "2021-02-19"),
             ("1.03.2021г., понедельник", "2021-03-01"), ("2.04.2021г., пятница", "2021-04-02"),
             ("12.04.2021г., понедельник", "2021-04-12"), ("21.05.2021г., пятница", "2021-05-21")]:
    add(Y, t, "date", d, src=S)

S = "https://nekrschool.edu.yar.ru/svedeniya_ob_obrazovatelnoy_organizatsii/godovoy_grafik_raboti.html"
Y = "2023-2024"
add(Y, "1 сентября 2023 г.", "date", "2023-09-01", src=S)
add(Y, "17 мая 2024 г. + итоговая аттестация;", "date", "2024-05-17", src=S)
add(Y, "25 мая 2024 г.", "date", "2024-05-25", src=S)
add(Y, "с 01.09.2023 г. по 27.10.2023 г.;", "range", "2023-09-01", "2023-10-27", S)
add(Y, "с 06.11.2023 г. по 30.12.2023 г.;", "range", "2023-11-06", "2023-12-30", S)
add(Y, "с 09.01.2024 г. по 14.03.2024 г.;", "range", "2024-01-09", "2024-03-14", S)
add(Y, "с  25.03.2024 г. по 25.05. 2024 г.", "range", "2024-03-25", "2024-05-25", S)
add(Y, "с  28.10.2023  по 05.11.2023 – 9 дней;", "range", "2023-10-28", "2023-11-05", S)
add(Y, "с 31.12.2023  по 08.01.2024 – 9 дней;", "range", "2023-12-31", "2024-01-08", S)
add(Y, "с 15.03.2024  по 24.03.2024  –10 дней.", "range", "2024-03-15", "2024-03-24", S)
add(Y, "с 05.02.2024  по 11.02.2024 года  (7 дней).", "range", "2024-02-05", "2024-02-11", S)

S = "https://b19.tvoysadik.ru/file/card?id=3472"
Y = "2024-2025"
add(Y, "02.09.2024г.", "date", "2024-09-02", src=S)
add(Y, "30.05.2025г.", "date", "2025-05-30", src=S)
for t, a, b in [("28.12.2024г. - 08.01.2025г.", "2024-12-28", "2025-01-08"),
                ("27.09.2024г. - 08.10.2024г.", "2024-09-27", "2024-10-08"),
                ("13.05.2025г.- 24.05.2025г.", "2025-05-13", "2025-05-24"),
                ("23.12.2024г.- 08.01.2025г.", "2024-12-23", "2025-01-08"),
                ("02.06.2025г. - 31.08.2025г.", "2025-06-02", "2025-08-31")]:
    add(Y, t, "range", a, b, S)

# ---------------------------------------------------------------- Vietnamese
S = "http://thcslebinh.edu.vn/bantinweb/m9_16/PHAN%20BO%20TUAN_THCS_16_17.htm"
Y = "2016-2017"
add(Y, "Học kỳ I (15/8/2016 đến 31/12/2016)", "range", "2016-08-15", "2016-12-31", S)
add(Y, "Học kỳ II (02/01/2017 đến 24/5/2017)", "range", "2017-01-02", "2017-05-24", S)
for t, a, b in [("08/8/16 đến 13/8/16", "2016-08-08", "2016-08-13"),
                ("15/8/16 đến 20/8/16", "2016-08-15", "2016-08-20"),
                ("22/8/16 đến 27/8/16", "2016-08-22", "2016-08-27"),
                ("29/8/16 đến 03/9/16", "2016-08-29", "2016-09-03"),
                ("05/9/16 đến 10/9/16", "2016-09-05", "2016-09-10"),
                ("26/9/16 đến 01/10/16", "2016-09-26", "2016-10-01"),
                ("10/10/16đến 15/10/16", "2016-10-10", "2016-10-15"),
                ("24/10/16đến 29/10/16", "2016-10-24", "2016-10-29"),
                ("07/11/16 đến 12 /11/16", "2016-11-07", "2016-11-12"),
                ("21/11/16 đến 26 /11/16", "2016-11-21", "2016-11-26"),
                ("12/12/16 đến 17/12/16", "2016-12-12", "2016-12-17"),
                ("26/12/16 đến 31/12/16", "2016-12-26", "2016-12-31"),
                ("02/01/17 đến 07/01/17", "2017-01-02", "2017-01-07"),
                ("23/01/17 đến 26/01/17", "2017-01-23", "2017-01-26"),
                ("30/01/17 đến 04/02/17", "2017-01-30", "2017-02-04"),
                ("27/02/17 đến 04/3/17", "2017-02-27", "2017-03-04"),
                ("27/3/17 đến 01/4/17", "2017-03-27", "2017-04-01"),
                ("Kiểm tra học kỳ I (12-23/12/2016)", "2016-12-12", "2016-12-23"),
                ("8/2016 (2 tuần)", "2016-08-01", "2016-08-31"),
                ("9/2016 (5 tuần)", "2016-09-01", "2016-09-30"),
                ("02/2017 (4 tuần)", "2017-02-01", "2017-02-28")]:
    add(Y, t, "range", a, b, S)
add(Y, "Khai giảng ngày 05/9/2016", "date", "2016-09-05", src=S)
add(Y, "Quốc khánh 02/9", "date", "2016-09-02", src=S)
add(Y, "Kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2016.", "date", "2016-11-20", src=S)
add(Y, "Nghỉ Tết dương lịch 01/01/2017.", "date", "2017-01-01", src=S)

S = "https://vietbao.vn/ca-nuoc-to-chuc-khai-giang-vao-ngay-5-9-tuu-truong-som-nhat-tu-22-8-555490.html"
Y = "2025-2026"
add(Y, "ngày 5 tháng 9 năm 2025", "date", "2025-09-05", src=S)
add(Y, "trước ngày 18/1/2026", "deadline", "2026-01-18", src=S)
add(Y, "trước ngày 31/5/2026", "deadline", "2026-05-31", src=S)
add(Y, "trước ngày 30/6/2026", "deadline", "2026-06-30", src=S)

S = "https://beta.la34.com.vn/hoc-sinh-tuu-truong-som-nhat-vao-1-8-30798.html"
Y = "2019-2020"
recurring(Y, "ngày 1-8 hàng năm", "yearly", S)
recurring(Y, "ngày 5-9 hàng năm", "yearly", S)
add(Y, "trước ngày 31-5", "deadline", "2020-05-31", src=S)
add(Y, "trước ngày 15-6", "deadline", "2020-06-15", src=S)
add(Y, "trước ngày 31-7", "deadline", "2020-07-31", src=S)

S = "https://truongmamnontuoithantien.edu.vn/thoi-khoa-bieu-mon-khoi-mau-giao-lon-5-%E2%80%93-6-tuoi-thang-11-4-tuan-tu-4-11-29-11.html"
add("2024-2025", "THÁNG 11 ( 4 tuần - Từ 4/11 -> 29/11)", "range", "2024-11-04", "2024-11-29", S)

S = "https://giaoan.org/ke-hoach-giao-duc-mau-giao-lop-nha-tre-tuan-8-chu-de-co-giao-cua-be-nam-hoc-2024-2025-3807"
add("2024-2025", "Thời gian thực hiện : Từ ngày 28/10- 01/11/2024", "range", "2024-10-28", "2024-11-01", S)
S = "https://giaoan.org/ke-hoach-giao-duc-mau-giao-lop-nha-tre-tuan-6-chu-de-do-dung-o-lop-cua-be-nam-hoc-2024-2025-3805"
add("2024-2025", "Từ ngày 10/10- 18/10/2024", "range", "2024-10-10", "2024-10-18", S)
S = "https://text.123docz.net/document/3499398-giao-an-chu-de-truong-mam-non.htm"
add("2015-2016", "3 tuần, Từ 7/9/2015 đến 25/9/2015", "range", "2015-09-07", "2015-09-25", S)
S = "https://tailieumamnon.net/ke-hoach-bai-giang-mam-non-lop-choi-tuan-11-nam-hoc-2024-2025-916"
add("2024-2025", "Tuần thứ: 11 (Từ ngày 18 tháng 11 năm 2024 đến ngày 22 tháng 11 năm 2024)", "range", "2024-11-18", "2024-11-22", S)

S = "http://mnbachdang.pgddonghung.edu.vn/tin-tuc/tin-tuc-hoat-dong-cua-truong/dieu-chinh-thoi-gian-thuc-hien-cac-chu-de-hoc-ky-ii-truong-m.html"
Y = "2019-2020"
add(Y, "Bắt đầu thực hiện từ ngày 04/5/2020 đến ngày 11/7/2020", "range", "2020-05-04", "2020-07-11", S)
for t, a, b in [("04/5 -09/5/2020", "2020-05-04", "2020-05-09"), ("11/5 – 16/5/2020", "2020-05-11", "2020-05-16"),
                ("01/6 -06/6/2020", "2020-06-01", "2020-06-06"), ("22/6  – 27/6/2020", "2020-06-22", "2020-06-27"),
                ("29/6  – 04/7/2020", "2020-06-29", "2020-07-04"), ("06/7 – 11/7/2020", "2020-07-06", "2020-07-11"),
                ("13/7 – 15/7/2020", "2020-07-13", "2020-07-15"), ("04/5-09/5/2020", "2020-05-04", "2020-05-09"),
                ("29/6-04/7/2020", "2020-06-29", "2020-07-04"), ("15/6-20/6/2020", "2020-06-15", "2020-06-20")]:
    add(Y, t, "range", a, b, S)
add(Y, "(3 tuần)", "unknown", src=S)

S = "http://mgphuoclycg.edu.vn/Detail/43208/KE-HOACH-Cong-tac-trong-tam-hang-thang-nam-2022-2023"
add("2022-2023", "THÁNG  9/2022:", "range", "2022-09-01", "2022-09-30", S)

S = "https://123docz.net/document/12384106-kh-thang-10-docx.htm"
Y = "2022-2023"
add(Y, "Thời gian thực hiện 4 tuần (Từ 03/ 10/ 2022 ĐẾN 28/ 10 /2022 )", "range", "2022-10-03", "2022-10-28", S)
add(Y, "Thời gian thực hiện: tuần (Từ 03/ 10/ 2022 ĐẾN 28/ 10 /2022 )", "range", "2022-10-03", "2022-10-28", S)

S = "http://mndongxuan.pgddonghung.edu.vn/noi-quy-chinh-sach/du-kien-cac-chu-de-va-thoi-gian-thuc-hien-trong-nam-hoc-2018"
Y = "2018-2019"
add(Y, "01/10 27/10/2018", "range", "2018-10-01", "2018-10-27", S)
add(Y, "Từ ngày 04/2 – 09/2/2019", "range", "2019-02-04", "2019-02-09", S)
add(Y, "Từ ngày 14/01 – 26/1/2019", "range", "2019-01-14", "2019-01-26", S)
add(Y, "Từ ngày 28/01 – 23/2/2019", "range", "2019-01-28", "2019-02-23", S)
add(Y, "Từ ngày 20/5 – 25/5/2019 Kiểm tra đánh giá chất lượng chăm sóc, nuôi dưỡng giáo dục trẻ cuối năm học",
    "range", "2019-05-20", "2019-05-25", S)
add(Y, "4+5+6+7", "unknown", src=S)
add(Y, "12+13+14 +15", "unknown", src=S)

# Library opening hours (read in the year the page names, else 2025-2026).
S = "http://thuvien.danang.gov.vn/index.php?option=com_content&view=article&id=1410&Itemid=189"
Y = "2016-2017"
recurring(Y, "Thư viện làm việc từ thứ Hai đến thứ 6 hàng tuần", "weekly", S, byday=["MO", "TU", "WE", "TH", "FR"])
recurring(Y, "Thời gian: Từ thứ 3 đến Chủ nhật hàng tuần (riêng chiều thứ 6 nghỉ phục vụ để làm công tác nội dịch).",
          "weekly", S, byday=["TU", "WE", "TH", "FR", "SA", "SU"])
S = "https://cs2.ftu.edu.vn/helpie_faq/1-mo-cua-thu-vien-vao-thu-7-chu-nhat-va-buoi-toi/"
Y = "2019-2020"
add(Y, "từ ngày 01/06/2020 đến ngày 31/08/2020", "range", "2020-06-01", "2020-08-31", S)
recurring(Y, "– Từ thứ Hai đến thứ Sáu: 7h00 – 19h00 (kể cả buổi trưa);", "weekly", S,
          byday=["MO", "TU", "WE", "TH", "FR"])
recurring(Y, "– Thứ Bảy: 8h00 – 17h00 (kể cả buổi trưa).", "weekly", S, byday=["SA"])
Y = "2025-2026"
S = "https://celri.tvu.edu.vn/2023/05/11/thoi-gian-phuc-vu-ban-doc/"
recurring("2022-2023", "Từ thứ hai đến chủ nhật hàng tuần", "weekly", S,
          byday=["MO", "TU", "WE", "TH", "FR", "SA", "SU"])
S = "http://thuvien.nuce.edu.vn/introduction.aspx?mnuid=12"
recurring(Y, "Từ thứ 2 đến thứ 7 - Phục vụ Từ 7h30 đến 20h00.", "weekly", S, byday=["MO", "TU", "WE", "TH", "FR", "SA"])
S = "https://library.hust.edu.vn/vi/node/416"
recurring(Y, "Sáng thứ 3 và sáng thứ 6 hàng tuần không phục vụ dịch vụ mượn trả tài liệu để kiểm kê và làm công tác nghiệp vụ",
          "weekly", S, byday=["TU", "FR"])
recurring(Y, "Từ Thứ 2 đến Thứ 6:  08h00 – 21h00", "weekly", S, byday=["MO", "TU", "WE", "TH", "FR"])
recurring(Y, "Thứ 7, Chủ nhật:        08h00 – 16h00", "weekly", S, byday=["SA", "SU"])
S = "https://elib.hcmuaf.edu.vn/Page/vi-tri-va-thoi-gian-hoat-dong"
recurring(Y, "- Thứ 2 - Thứ 6: Từ 7h30 - 20h00", "weekly", S, byday=["MO", "TU", "WE", "TH", "FR"])
recurring(Y, "- Thứ 7: Từ 7h30 - 11h30", "weekly", S, byday=["SA"])

S = "https://123docz.net/document/8497069-ke-hoach-thoi-gian-nh-20122013-cap-tieu-hoc-tinhangiang.htm"
Y = "2012-2013"
add(Y, "Nghỉ học kỳ I: Từ ngày 29 tháng 10 đến ngày 02 tháng 11 năm 2012", "range", "2012-10-29", "2012-11-02", S)
add(Y, "NGHỈ TẾT QUÝ TỴ (06–15/02/2013)", "range", "2013-02-06", "2013-02-15", S)
S = "http://thtamda.haiphong.edu.vn/tin-tuc-su-kien/le-chao-co-thang-11-nam-2023/ctfull/1697/124528"
add("2023-2024", "Sáng ngày 06/10", "date", "2023-10-06", src=S)

# Opening hours and cleaning days of libraries (read in the year the page names).
S = "http://volglib.ru/affiliates/operating-mode-of-libraries/"
Y = "2023-2024"
recurring(Y, "Санитарный день – последний четверг каждого месяца.", "monthly", S, byday=["-1TH"])
add(Y, "с 1 июня по 31 августа", "range", "2024-06-01", "2024-08-31", S)
add(Y, "с 1 сентября до 31 мая", "range", "2023-09-01", "2024-05-31", S)
recurring(Y, "Вторник — воскресенье с 11.00 до 19.00 Выходные дни — понедельник", "weekly", S,
          byday=["TU", "WE", "TH", "FR", "SA", "SU"])
recurring(Y, "Вторник — суббота с 10.00 до 18.00 Выходные дни — воскресенье, понедельник", "weekly", S,
          byday=["TU", "WE", "TH", "FR", "SA"])
recurring(Y, "Последний четверг месяца в библиотеках проводится санитарный день", "monthly", S, byday=["-1TH"])
# The pages below name no year: read in 2025-2026.
Y = "2025-2026"
S = "https://biblioteka.ptz.ru/chitatelyam/rezhim_raboti_bibliotek"
recurring(Y, "Понедельник-четверг: с 11.00 до 19.00", "weekly", S, byday=["MO", "TU", "WE", "TH"])
recurring(Y, "Пятница и воскресенье: с 11.00 до 18.00", "weekly", S, byday=["FR", "SU"])
recurring(Y, "Понедельник-пятница: 11.00-18.00", "weekly", S, byday=["MO", "TU", "WE", "TH", "FR"])
recurring(Y, "Последняя среда месяца – САНИТАРНЫЙ ДЕНЬ", "monthly", S, byday=["-1WE"])
S = "https://kngcbs.ru/o-dk/grafik-raboty/"
recurring(Y, "Понедельник - четверг - с 8-00 ч. до 18-00 ч.", "weekly", S, byday=["MO", "TU", "WE", "TH"])
recurring(Y, "Пятница - с 8-00 ч. до 17-00 ч.", "weekly", S, byday=["FR"])
recurring(Y, "Воскресенье с 9-00 ч. до 15-00 ч.", "weekly", S, byday=["SU"])
recurring(Y, "Вторник – пятница с 10-00 ч. до 18-00 ч., перерыв с 13-00 ч. до 14-00 ч.", "weekly", S,
          byday=["TU", "WE", "TH", "FR"])
recurring(Y, "Суббота с 10-00 ч. до 15-00 ч.,", "weekly", S, byday=["SA"])
S = "https://kulturacao.ru/tpost/ab4z79o0d1-grafik-raboti-bibliotek-v-letnii-period"
add(Y, "в период с 23 июня по 31 августа", "range", "2026-06-23", "2026-08-31", S)
recurring(Y, "со вторника по субботу, с полудня до восьми вечера", "weekly", S, byday=["TU", "WE", "TH", "FR", "SA"])
recurring(Y, "последний вторник каждого месяца будет отведен для санитарной обработки помещений", "monthly", S,
          byday=["-1TU"])
S = "https://360.ru/news/mosobl/grafik-raboty-tsentralnoj-biblioteki-v-chehove-izmenitsja/"
recurring(Y, "Последний день месяца — санитарный день", "monthly", S)
recurring(Y, "по понедельникам с 9:00 до 18:00", "weekly", S, byday=["MO"])
recurring(Y, "Со вторника по субботу библиотека будет работать с 11:00 до 21:00", "weekly", S,
          byday=["TU", "WE", "TH", "FR", "SA"])
recurring(Y, "в воскресенье — с 11:00 до 19:00", "weekly", S, byday=["SU"])
S = "https://regions.ru/puschino/novosti/v-bolshom-serpuhove-biblioteki-pereshli-na-zimnee-raspisanie"
recurring(Y, "последний день месяца является санитарным днем", "monthly", S)

S = "https://ustlibr.ru/index.php/chitatelyam/vakhta-pamyati/plan-k-70-letiyu-pobedy"
add("2014-2015", "Февраль - апрель", "range", "2015-02-01", "2015-04-30", S)
S = "https://xn----9sbmab3ae7bkk6gh.xn--p1ai/index.php/munitsipalnye-uchrezhdeniya/plany-raboty/17-munitsipalnye-uchrezhdeniya/33-plany-raboty-2015"
Y = "2014-2015"
add(Y, "01.06.2015г.", "date", "2015-06-01", src=S)
add(Y, "07.05.2015г. 11.00", "date", "2015-05-07", src=S, time="11:00")
add(Y, "07.05.2015г. 11.20", "date", "2015-05-07", src=S, time="11:20")
add(Y, "09.05.2015г. 09.30", "date", "2015-05-09", src=S, time="09:30")
S = "https://poisk-ru.ru/s62763t18.html"
Y = "2019-2020"
add(Y, "Январь – май", "range", "2020-01-01", "2020-05-31", S)
add(Y, "20 апреля -11 мая", "range", "2020-04-20", "2020-05-11", S)
S = "http://duhovschina.library67.ru/afisha/vnimanie-konkurs/klassnaya-skazka/?svSpace=2"
Y = "2025-2026"
for t, d, tm in [("03.01/13-00", "2026-01-03", "13:00"), ("04.01/12-00", "2026-01-04", "12:00"),
                 ("05.01/11-00", "2026-01-05", "11:00"), ("05.01 / 11.00.", "2026-01-05", "11:00"),
                 ("05.01 /12-00", "2026-01-05", "12:00")]:
    add(Y, t, "date", d, src=S, time=tm)

S = "https://museum-schvarz.ru/contact-information/opening-hours/"
Y = "2025-2026"
multiple(Y, "1, 2, 6, 7 января – ВЫХОДНЫЕ ДНИ", days("2026-01-01", "2026-01-02", "2026-01-06", "2026-01-07"), S)
multiple(Y, "3, 4, 5, 8, 9, 10, 11 января",
         days("2026-01-03", "2026-01-04", "2026-01-05", "2026-01-08", "2026-01-09", "2026-01-10", "2026-01-11"), S)
add(Y, "8, 9, 10 января – 12:00", "range", "2026-01-08", "2026-01-10", S)
recurring(Y, "Среда – Суббота с 11:00 до 18:00", "weekly", S, byday=["WE", "TH", "FR", "SA"])

# The page names no year: read in 2025-2026.
S = "http://www.bmks.ru/gorodskoj_muzej/o_muzej/chasy_raboty"
Y = "2025-2026"
recurring(Y, "Последняя пятница месяца – САНИТАРНЫЙ ДЕНЬ", "monthly", S, byday=["-1FR"])
recurring(Y, "ВТОРНИК – ПЯТНИЦА:11.00 – 19.00", "weekly", S, byday=["TU", "WE", "TH", "FR"])
add(Y, "Зимний период (с октября по май)", "range", "2025-10-01", "2026-05-31", S)
S = "http://comk.ru/game/newyear_tinsel/q10r.aspx"
recurring(Y, "Последний вторник каждого месяца – санитарный день", "monthly", S, byday=["-1TU"])
recurring(Y, "Каждый первый вторник месяца", "monthly", S, byday=["1TU"])
S = "https://dzen.ru/b/ZRbB9CH-zAEt-ZU4"
Y = "2023-2024"
add(Y, "До 1 октября", "deadline", "2023-10-01", src=S)
add(Y, "до 31 октября включительно", "deadline", "2023-10-31", src=S)


# ---------------------------------------------------------------- write
def key(r):
    return (r["year"], r["input"].strip().lower())


def own(r):
    return key(r) + (r.get("source"),)


mine = {own(r) for r in recs}
gold = {json.loads(l)["input"].strip().lower() for l in open(GOLD, encoding="utf-8") if l.strip()}
kept = [json.loads(l) for l in open(OUT, encoding="utf-8") if l.strip()]
kept = [r for r in kept if own(r) not in mine]
seen, out = {key(r) for r in kept}, []
for r in recs:
    if r["input"].strip().lower() in gold or key(r) in seen:
        continue
    seen.add(key(r))
    out.append(r)
with open(OUT, "w", encoding="utf-8") as f:
    for r in kept + out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs), "collected,", len(out), "added after", len(kept))
