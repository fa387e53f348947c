"""Monroe Road Elementary PTA: "2013 – 2014 Calendar of Events", a blog page kept as plain
text with no table: a month heading with its year ("September 2013"), then one line per event
starting with the day or a day range ("10-24  – Magazine kick off", "28-29 Thanksgiving break –
no school"), the dash after the day written as "-", "–" or left out. Several events share a
day; "½ day" is an event title. The month headings carry the year, so January 2014 lines are
2014."""
from en_corpus import EnPlan, ev

P = EnPlan("en-03-monroe-road-pta-2013-2014",
           source="http://mrepta.blogspot.com/p/pta-calendar-of-events.html",
           batch="2026-12-07-en-1", academic_year="2013-2014")
P.para("PTA Calendar of Events")
P.para("Monroe Road Elementary")
P.para("2013 – 2014 Calendar of Events")
MONTHS = [
    ("September 2013", "2013-09", [
        ("3 -  First day of school", "First day of school", "03"),
        ("10-24  – Magazine kick off", "Magazine kick off", ("10", "24")),
        ("12 – PTA meeting 7pm", "PTA meeting", "12"),
        ("12 – Pizza Primo", "Pizza Primo", "12"),
        ("17 – Picture Day", "Picture Day", "17"),
    ]),
    ("October 2013", "2013-10", [
        ("7-11 – Bus driver appreciation", "Bus driver appreciation", ("07", "11")),
        ("10 – Pizza Primo", "Pizza Primo", "10"),
        ("29 – Picture retake", "Picture retake", "29"),
        ("31 – ½  day", "½ day", "31"),
        ("31 – Harvest parties", "Harvest parties", "31"),
    ]),
    ("November 2013", "2013-11", [
        ("1 – No school", "No school", "01"),
        ("11 – Veterans Day", "Veterans Day", "11"),
        ("14 – Pta meeting 7pm", "Pta meeting", "14"),
        ("14 – Pizza Primo", "Pizza Primo", "14"),
        ("28-29 Thanksgiving break – no school", "Thanksgiving break", ("28", "29")),
    ]),
    ("December 2013", "2013-12", [
        ("5 – ½ day", "½ day", "05"),
        ("6 – ½ day", "½ day", "06"),
        ("12 – 2nd grade musical", "2nd grade musical", "12"),
        ("12 – Pizza Primo", "Pizza Primo", "12"),
        ("19 – Holiday parties", "Holiday parties", "19"),
        ("20 – PJ day", "PJ day", "20"),
        ("23–31 - Winter break – no school", "Winter break", ("23", "31")),
    ]),
    ("January 2014", "2014-01", [
        ("1-5 -  Winter break – no school", "Winter break", ("01", "05")),
        ("6 – First day back after winter break", "First day back after winter break", "06"),
        ("9 - Pta meeting 7pm", "Pta meeting", "09"),
        ("9 - Pizza Primo", "Pizza Primo", "09"),
        ("13-17 - 5th grade camp", "5th grade camp", ("13", "17")),
        ("20 – No school", "No school", "20"),
        ("22 – ½ day", "½ day", "22"),
        ("24 – Winter Family Event – Bingo Night", "Winter Family Event", "24"),
    ]),
    ("February 2014", "2014-02", [
        ("3-7 – Principal Appreciation week", "Principal Appreciation week", ("03", "07")),
        ("12 – Red cross blood drive", "Red cross blood drive", "12"),
        ("13 - Pizza Primo", "Pizza Primo", "13"),
        ("17 – No school", "No school", "17"),
        ("24 – Young authors", "Young authors", "24"),
    ]),
    ("March 2014", "2014-03", [
        ("3-7 – Book fair", "Book fair", ("03", "07")),
        ("4 – Family reading night", "Family reading night", "04"),
        ("11 – Parent info night: Social media & technology", "Parent info night: Social media", "11"),
        ("13 - Pta meeting 7pm", "Pta meeting", "13"),
        ("13 - Pizza Primo", "Pizza Primo", "13"),
        ("14 – No school", "No school", "14"),
        ("28 – ½ day", "½ day", "28"),
    ]),
    ("April 2014", "2014-04", [
        ("10 – 4th grade recorder concert", "4th grade recorder concert", "10"),
        ("10 - Pizza Primo", "Pizza Primo", "10"),
        ("15 – Parent info night:Technology in the class", "Parent info night:Technology", "15"),
        ("17  - Fun Run", "Fun Run", "17"),
        ("18-27 -  Spring break", "Spring break", ("18", "27")),
        ("28 – First day back after spring break", "First day back after spring break", "28"),
    ]),
    ("May 2014", "2014-05", [
        ("2- Movie Night", "Movie Night", "02"),
        ("5-9 – Staff Appreciation week", "Staff Appreciation week", ("05", "09")),
        ("8 - Pta meeting 7pm", "Pta meeting", "08"),
        ("8 - Pizza Primo", "Pizza Primo", "08"),
        ("15 – Volunteer appreciation breakfast", "Volunteer appreciation breakfast", "15"),
        ("26 – No school", "No school", "26"),
        ("28 – Ice cream social", "Ice cream social", "28"),
    ]),
    ("June 2014", "2014-06", [
        ("3 – 5th grade pancake breakfast", "5th grade pancake breakfast", "03"),
        ("3 – 5th grade recognition", "5th grade recognition", "03"),
        ("4 – Kindergarten picnic", "Kindergarten picnic", "04"),
        ("5 – 5th grade bowling", "5th grade bowling", "05"),
        ("6 – Last day of school - ½ day", "Last day of school", "06"),
    ]),
]
for heading, ym, lines in MONTHS:
    P.para("")
    P.para(heading)
    for text, title, day in lines:
        if isinstance(day, tuple):
            e = ev(f"{ym}-{day[0]}", f"{ym}-{day[1]}")
        else:
            e = ev(f"{ym}-{day}")
        P.item(text, e, title=title)
P.para("")
P.para("No comments:")
P.para("Post a Comment")
P.save_txt()
