"""Pinellas Christian Learning Center (a preschool of Pinellas Christian Academy): its
"2023-24 School Calendar" page, kept as plain text: one line per event, the date first with
no year, written in every way the page uses ("Closed Aug. 14-18 Teacher Development (14/15 10
hours required training)" with "Closed" before the date, "August 21, First Day of school",
"September 4th, Closed for Labor Day", "Sept. 21, …", "November 4th. …", "December 18-Jan
1/24 PCA Christmas Break" across the new year with the year as "/24", a question mark after
the last two lines). The school year runs August 2023 to August 2024."""
from en_corpus import EnPlan, ev

P = EnPlan("en-17-pclc-calendar-2023-2024",
           source="https://www.pcasda.org/consult/pclc-calendar",
           batch="2026-12-07-en-3", kind="kindergarten-plan", academic_year="2023-2024")
P.para("2023-24 School Calendar")
P.para("")
LINES = [
    ("Closed Aug. 14-18 Teacher Development (14/15 10 hours required training) ", "Teacher Development", "2023-08-14", "2023-08-18"),
    ("August 21, First Day of school", "First Day of school", "2023-08-21", None),
    ("September 4th, Closed for Labor Day", "Closed for Labor Day", "2023-09-04", None),
    ("Sept. 21, Welcome Family Picnic Evening", "Welcome Family Picnic Evening", "2023-09-21", None),
    ("October 19th Picture Day (Group)", "Picture Day (Group)", "2023-10-19", None),
    ("November 4th. PCA Fall Family Night", "PCA Fall Family Night", "2023-11-04", None),
    ("November 9-10 Closed for Parent/Teacher conferences and Development", "Closed for Parent/Teacher conferences", "2023-11-09", "2023-11-10"),
    ("November 22-24 Closed for Thanksgiving", "Closed for Thanksgiving", "2023-11-22", "2023-11-24"),
    ("November 30th Individual pictures.", "Individual pictures", "2023-11-30", None),
    ("December 12th, PCA Christmas Concert", "PCA Christmas Concert", "2023-12-12", None),
    ("December 18-Jan 1/24 PCA Christmas Break", "PCA Christmas Break", "2023-12-18", "2024-01-01"),
    ("December 25-29 PCLC Christmas Break", "PCLC Christmas Break", "2023-12-25", "2023-12-29"),
    ("January 15th Closed for MLK", "Closed for MLK", "2024-01-15", None),
    ("February 19th Closed for President’s Day", "Closed for President’s Day", "2024-02-19", None),
    ("March 1 Re-registration begins", "Re-registration begins", "2024-03-01", None),
    ("March 5th Evening Open House", "Evening Open House", "2024-03-05", None),
    ("March 25th Closed for Spring", "Closed for Spring", "2024-03-25", None),
    ("April 11-12 Closed for P/T conferences and development", "Closed for P/T conferences", "2024-04-11", "2024-04-12"),
    ("May 23 PCA Concert", "PCA Concert", "2024-05-23", None),
    ("May 27th Closed for Memorial Day", "Closed for Memorial Day", "2024-05-27", None),
    ("May 29th PreK Graduation", "PreK Graduation", "2024-05-29", None),
    ("May 30-31 Closed for Teacher planning and transition to Summer", "Closed for Teacher planning", "2024-05-30", "2024-05-31"),
    ("June 3 Summer Camps start", "Summer Camps start", "2024-06-03", None),
    ("July 4-5 Closed for Independence Day", "Closed for Independence Day", "2024-07-04", "2024-07-05"),
    ("August 19-23 Closed for Teacher Development? ", "Closed for Teacher Development", "2024-08-19", "2024-08-23"),
    ("August 26th First day of School?", "First day of School", "2024-08-26", None),
]
for text, title, start, end in LINES:
    P.item(text, ev(start, end), title=title)
P.save_txt()
