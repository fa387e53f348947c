"""Writes tests/data/timing_firstsight_2026-12-07.jsonl: a batch of timing texts copied as
written from real, public plans, term-date pages, opening-hours pages and school calendars
(Russian, Vietnamese, English) that no earlier batch used, each with what a careful reader
answers under docs/TIMING.md in the plan's academic year, the page it came from and its
language. The batch was scored with the code as it stood before any rule was written for it
(tests/data/FIRST_SIGHT.md); src/timing/tests.rs scores it on every run and holds its floor.

The file is rewritten whole on every run."""
import os

from timing_records import HERE, add, days, multiple, recs, whole, habit as recurring, lang, write_batch  # noqa: F401

OUT = os.path.join(HERE, "..", "..", "timing_firstsight_2026-12-07.jsonl")


# ---------------------------------------------------------------- English
S = "https://www.bristolgrammarschool.co.uk/parent-information/term-dates/term-dates"
y = "2024-2025"
add(y, "Staff INSET Tuesday 3 September & Wednesday 4 September", "range", "2024-09-03", "2024-09-04", S)
add(y, "Start of Term for Year 1 – Upper Sixth Thursday 5 September", "date", "2024-09-05", src=S)
add(y, "Half-term Thursday 24 October – Friday 1 November", "range", "2024-10-24", "2024-11-01", S)
add(y, "End of term Friday 13 December at 12 midday", "date", "2024-12-13", src=S)
add(y, "Half-term Monday 17 February – Tuesday 25 February", "range", "2025-02-17", "2025-02-25", S)
add(y, "End of term Friday 4 April at 3.50pm", "date", "2025-04-04", src=S)
y = "2025-2026"
add(y, "Start of term for Reception – Monday 8 September", "date", "2025-09-08", src=S)
add(y, "Half-term Thursday 12 February – Tuesday 20 February", "range", "2026-02-12", "2026-02-20", S)
add(y, "End of term Wednesday 1 April at 3.50pm", "date", "2026-04-01", src=S)
S = "https://www.dumpton.com/term-dates"
y = "2024-2025"
add(y, "Autumn Term: Wednesday 4 September – Tuesday 17 December", "range", "2024-09-04", "2024-12-17", S)
add(y, "October Half Term: Thursday 24 October – Friday 1 November", "range", "2024-10-24", "2024-11-01", S)
add(y, "Easter Holiday Club: Monday 31 March – Friday 4 April", "range", "2025-03-31", "2025-04-04", S)
add(y, "Early May Bank Holiday: Monday 5 May", "date", "2025-05-05", src=S)
add(y, "Summer Holiday Club: Monday 7 July – Friday 18 July", "range", "2025-07-07", "2025-07-18", S)
y = "2025-2026"
add(y, "Spring Term: Wednesday 7 January – Friday 27 March", "range", "2026-01-07", "2026-03-27", S)
add(y, "Staff Inset: Tuesday 6 January", "date", "2026-01-06", src=S)
y = "2026-2027"
add(y, "Autumn Term: Thursday 3 September – Friday 11 December", "range", "2026-09-03", "2026-12-11", S)
add(y, "October Half Term: Wednesday 21 October – Friday 30 October", "range", "2026-10-21", "2026-10-30", S)
S = "https://www.warstones.co.uk/term-dates"
y = "2024-2025"
add(y, "INSET days: Monday 2 September 2024 and Tuesday 3 September 2024", "range", "2024-09-02", "2024-09-03", S)
add(y, "Term Time: Wednesday 4th September 2024 to Friday 25 October 2024", "range", "2024-09-04", "2024-10-25", S)
add(y, "Term Time: Tuesday 7 January to Friday 14 February 2025", "range", "2025-01-07", "2025-02-14", S)
add(y, "Half Term: Monday 26 May to Friday 30 May 2025", "range", "2025-05-26", "2025-05-30", S)
y = "2025-2026"
add(y, "Term Time: Monday 13th April 2026 to Thursday 21st May 2026", "range", "2026-04-13", "2026-05-21", S)
S = "https://www.suffolkswimming.com/2022/08/31/autumn-term-dates-2022/"
y = "2022-2023"
add(y, "Monday Sept 5th – Thursday Oct 14th 2022", "range", "2022-09-05", "2022-10-14", S)
add(y, "Half term Friday Oct 15th – Thursday Oct 27th inc.", "range", "2022-10-15", "2022-10-27", S)
add(y, "Then re-start on Friday 28th Oct – Saturday 10th December.", "range", "2022-10-28", "2022-12-10", S)
S = "https://www.manorpubliclibrary.org/tuesdaytales"
y = "2021-2022"
add(y, "September 14, 2021, 3:00:00 PM", "date", "2021-09-14", src=S)
add(y, "October 26, 2021, 3:00:00 PM", "date", "2021-10-26", src=S)
S = "https://mychq.org/event/come-out-play/2025-09-16"
recurring("2025-2026", "every third Tuesday of the month at 11 AM", "monthly", S)
S = "http://stillwater.lib.ok.us/programs_for_children.php"
recurring("2025-2026", "1st & 3rd Saturdays", "monthly", S)
recurring("2025-2026", "Monday Baby Storytimes are held at 9:30 a.m.", "weekly", S)
S = "http://www.cantonpl.org/blog?page=0%2C3"
y = "2018-2019"
recurring(y, "Mondays, 10:00 - 10:30 am", "weekly", S)
add(y, "Monday, April 8 - 10:00 PM to 10:30 PM", "date", "2019-04-08", src=S)
add(y, "Saturday, April 13 - 1:00 PM to 2:30 PM", "date", "2019-04-13", src=S)
add(y, "starting Monday, April 8 through Friday, May 17", "range", "2019-04-08", "2019-05-17", S)
S = "https://rockportlibrary.org/children-young-adults/kids/programs/"
recurring("2025-2026", "every other Tuesday from 10:15 to 11:15", "weekly", S)
S = "https://bcpl.libnet.info/story-time-11946"
y = "2024-2025"
recurring(y, "10:30am, Tuesdays & Wednesdays", "weekly", S)
multiple(y, "October 1, 2, 8, 9, 22, 23, 29, 30", days("2024-10-01", "2024-10-02", "2024-10-08", "2024-10-09", "2024-10-22", "2024-10-23", "2024-10-29", "2024-10-30"), S)
multiple(y, "November 5, 6, 12, 13, 19, 20", days("2024-11-05", "2024-11-06", "2024-11-12", "2024-11-13", "2024-11-19", "2024-11-20"), S)
multiple(y, "October 3, 10, 24, 31 (Thursdays 10:30)", days("2024-10-03", "2024-10-10", "2024-10-24", "2024-10-31"), S)
S = "https://northfieldspreschool.co.uk/key-information"
y = "2024-2025"
add(y, "Autumn 1: 9th September to 26th October 2024", "range", "2024-09-09", "2024-10-26", S)
add(y, "Spring 2: 24th February to 4th April 2025", "range", "2025-02-24", "2025-04-04", S)
add(y, "Summer 2: 2nd June to 11th July 2025", "range", "2025-06-02", "2025-07-11", S)
multiple(y, "5th November 2024, 11th March 2025 and 3rd June 2025", days("2024-11-05", "2025-03-11", "2025-06-03"), S)
recurring(y, "Sessions run Monday to Friday.", "weekly", S)
S = "https://www.valrobinsonchildcare.co.uk/parents-information/"
y = "2023-2024"
add(y, "Monday 8th January 2024 to Thursday 28th March 2024", "range", "2024-01-08", "2024-03-28", S)
add(y, "Half term – Monday 19th February 2024 to Thursday 23rd February 2024", "range", "2024-02-19", "2024-02-23", S)
add(y, "Closed on Wednesday 26th April for Inset day – Staff training", "date", "2024-04-26", src=S)
add(y, "Closed for May Day Bank Holiday Monday 6th May", "date", "2024-05-06", src=S)
add(y, "Half term – Monday 28th May 2024 to Friday 31st May 2024", "range", "2024-05-28", "2024-05-31", S)
S = "https://www.irvingtonhistory.org/visit/hours/"
y = "2024-2025"
add(y, "Nov. 30-Dec. 1, 2024 – Closed", "range", "2024-11-30", "2024-12-01", S)
add(y, "Dec. 23, 2024-Jan. 10, 2025 – Closed", "range", "2024-12-23", "2025-01-10", S)
recurring(y, "Saturday 1 PM – 4 PM", "weekly", S)
S = "https://www.musee-bataille-fromelles.fr/en"
add("2025-2026", "Tuesday 23 December 2025 to Sunday 4 January 2026 inclusive", "range", "2025-12-23", "2026-01-04", S)
add("2024-2025", "Thursday 1 May", "date", "2025-05-01", src=S)
S = "https://eng.lillehammerkunstmuseum.no/plan-your-visit/opening-hours"
y = "2025-2026"
recurring(y, "Tuesday–Sunday 11am–4pm", "weekly", S)
add(y, "2 January–31 May", "range", "2026-01-02", "2026-05-31", S)
add(y, "Summer opening hours: 1 June–31 August", "range", "2026-06-01", "2026-08-31", S)
add(y, "Tuesday 23 December 11am–4pm", "date", "2025-12-23", src=S)
S = "https://muzeum1939.pl/en/opening-hours/43.html"
recurring("2025-2026", "Tuesday - Friday 10am - 7pm", "weekly", S)
recurring("2025-2026", "Saturday - Sunday 10am - 8pm", "weekly", S)
add("2025-2026", "25th-26th December - Christmas", "range", "2025-12-25", "2025-12-26", S)
S = "https://www.perotmuseum.org/visitor-information/hours.html"
recurring("2021-2022", "Wednesday – Saturday: 10 a.m. to 5 p.m.", "weekly", S)
multiple("2021-2022", "Tuesday Openings - December 21, December 28, January 4:", days("2021-12-21", "2021-12-28", "2022-01-04"), S)
S = "https://marisolio.com/map-and-hours/"
recurring("2025-2026", "Wednesday through Monday 10:00 AM to 5:00 PM", "weekly", S)
S = "https://www.lancasterianprimary.co.uk/calendar-and-news/calendar"
y = "2024-2025"
add(y, "Wed 30th April (1pm)", "date", "2025-04-30", src=S)
add(y, "Wk beg 26th May", "range", "2025-05-26", "2025-06-01", S, tolerance_days=2)
add(y, "Sun 1st June – Tues 3rd June", "range", "2025-06-01", "2025-06-03", S)
add(y, "Mon 2nd June – Fri 13th June", "range", "2025-06-02", "2025-06-13", S)
add(y, "Fri 6th June/Sat 7th June", "range", "2025-06-06", "2025-06-07", S)
add(y, "Wk beg 9th June", "range", "2025-06-09", "2025-06-15", S, tolerance_days=2)
add(y, "Throughout June", "range", "2025-06-01", "2025-06-30", S)
S = "https://valentineprimary.co.uk/accessibility.asp?item=page_41&level=high-vis"
add(y, "2nd September to 25th October", "range", "2024-09-02", "2024-10-25", S)
add(y, "24th February to 4th April", "range", "2025-02-24", "2025-04-04", S)
add(y, "2nd June to 22nd July", "range", "2025-06-02", "2025-07-22", S)
add("2023-2024", "during the week of 13th May to 17th May 2024.", "range", "2024-05-13", "2024-05-17", S)
S = "https://www.eversley.essex.sch.uk/dates/"
y = "2023-2024"
add(y, "9th and 10th May", "range", "2024-05-09", "2024-05-10", S)
add(y, "10th – 12th June", "range", "2024-06-10", "2024-06-12", S)
add(y, "3rd & 4th July", "range", "2024-07-03", "2024-07-04", S)
S = "https://www.astreacastle.org/about-us/term-dates/"
add(y, "week commencing Monday 10th June 2024.", "range", "2024-06-10", "2024-06-16", S, tolerance_days=2)
add(y, "Monday 13 May to Thursday 16 May 2024.", "range", "2024-05-13", "2024-05-16", S)
add(y, "Monday 30th October 2023– Closing Date for Secondary Applications", "deadline", "2023-10-30", src=S)
S = "https://www.arkwright.derbyshire.sch.uk/Diary/"
y = "2025-2026"
add(y, "Parents’ Evenings: Week commencing 3rd–7th November", "range", "2025-11-03", "2025-11-07", S)
add(y, "Children’s Mental Health Week: 9th–13th February", "range", "2026-02-09", "2026-02-13", S)
add(y, "KS2 SATs: Week commencing 11th May", "range", "2026-05-11", "2026-05-17", S, tolerance_days=2)
multiple(y, "Inset Days: Friday 26th June & Monday 29th June", days("2026-06-26", "2026-06-29"), S)
add(y, "Year 6 SATs Parents’ Meeting: Thursday 25th September, 3.30–4.00pm", "date", "2025-09-25", src=S)
add(y, "Year 5 & 6 Residential (potential date): Week commencing 22nd June", "range", "2026-06-22", "2026-06-28", S, tolerance_days=2)
S = "http://www.mievr.ru/en/visit/visiting-rules"
recurring("2025-2026", "Mon - Fri: from 12-00 to 19-00", "weekly", S)
recurring("2025-2026", "Excursion days: Wednesday, Sunday.", "weekly", S)
lang("en")

# ---------------------------------------------------------------- Russian
S = "https://magilev.by/news/2022/09/06/kogda-kanikuly-grafik-na-nyneshnij-uchebnyj-god"
y = "2022-2023"
add(y, "С 1 сентября по 29 октября.", "range", "2022-09-01", "2022-10-29", S)
add(y, "Осенние каникулы (9 дней) – с 30 октября по 7 ноября.", "range", "2022-10-30", "2022-11-07", S)
add(y, "С 8 ноября по 24 декабря.", "range", "2022-11-08", "2022-12-24", S)
add(y, "Зимние каникулы (15 дней) – с 25 декабря по 8 января.", "range", "2022-12-25", "2023-01-08", S)
add(y, "(7 дней) – с 20 по 26 февраля", "range", "2023-02-20", "2023-02-26", S)
add(y, "С 9 января по 25 марта (самая длинная четверть).", "range", "2023-01-09", "2023-03-25", S)
add(y, "Весенние каникулы (8 дней) – с 26 марта по 2 апреля.", "range", "2023-03-26", "2023-04-02", S)
add(y, "С 3 апреля по 31 мая.", "range", "2023-04-03", "2023-05-31", S)
add(y, "Летние каникулы (92 дня) – с 1 июня по 31 августа.", "range", "2023-06-01", "2023-08-31", S)
S = "https://vladivostok-news.net/society/2026/01/26/475313.html"
y = "2025-2026"
add(y, "с 16 по 22 февраля", "range", "2026-02-16", "2026-02-22", S)
add(y, "стартует 6 апреля и завершится 26 мая", "range", "2026-04-06", "2026-05-26", S)
S = "https://news.mail.ru/society/67498069/"
add(y, "с 25 октября по 2 ноября 2025 года", "range", "2025-10-25", "2025-11-02", S)
add(y, "с 31 декабря 2025 года по 11 января 2026 года", "range", "2025-12-31", "2026-01-11", S)
add(y, "с 28 марта по 5 апреля 2026 года", "range", "2026-03-28", "2026-04-05", S)
S = "https://izvmor.ru/novosti/obshchestvo/kogda-dopolnitelnye-kanikuly-dlya-pervoklassnikov-v-2025-godu/"
add("2024-2025", "с 17 по 24 февраля", "range", "2025-02-17", "2025-02-24", S)
add("2024-2025", "с 15 по 24 февраля", "range", "2025-02-15", "2025-02-24", S)
S = "https://ckdo.topolevo.ru/meropriyatiya/plan-raboty-na-2022-god-mkuk-tskdo-administatsii-topolevskogo-selskogo-poseleniya-dom-kultury-s-matveevka"
add("2021-2022", "6.01.2022", "date", "2022-01-06", src=S)
add("2021-2022", "04.01.2022", "date", "2022-01-04", src=S)
S = "https://dk-aprelevka.ru/plan-na-sentyabr/"
add("2017-2018", "01.10 воскрес", "date", "2017-10-01", src=S)
add("2017-2018", "06.10 пятница", "date", "2017-10-06", src=S)
add("2017-2018", "18.10 среда 15:00", "date", "2017-10-18", src=S)
S = "https://up-rdk.ru/dokumenty/arkhiv/2014-god/god-kultury-2014"
add("2013-2014", "март", "range", "2014-03-01", "2014-03-31", S)
S = "https://nsportal.ru./shkola/vneklassnaya-rabota/library/2012/05/08/plan-raboty-shkolnogo-istoriko-kraevedcheskogo-muzeya"
add("2010-2011", "Сентябрь", "range", "2010-09-01", "2010-09-30", S)
S = "https://oktgimn.schools.by/pages/plan-raboty-muzeja"
add("2025-2026", "Сентябрь", "range", "2025-09-01", "2025-09-30", S)
S = "https://talsosh-tarum05.ru/item/25829"
recurring("2025-2026", "один раз в четверть", "termly", S)
S = "https://ustyug-museum.ru/news/may-2015.html"
y = "2014-2015"
add(y, "В период с 30 апреля по 12 мая", "range", "2015-04-30", "2015-05-12", S)
add(y, "30 апреля (четверг)", "date", "2015-04-30", src=S)
add(y, "11 мая (понедельник) – выходной день.", "date", "2015-05-11", src=S)
add(y, "8 мая (пятница) – укороченный предпраздничный день.", "date", "2015-05-08", src=S)
S = "https://ds295.ru/educate/massovye-meropriyatiya.html"
y = "2025-2026"
add(y, "1 сентября", "date", "2025-09-01", src=S)
add(y, "4 неделя сентябрь", "range", "2025-09-22", "2025-09-28", S, tolerance_days=3)
add(y, "3, 4 неделя октября", "range", "2025-10-15", "2025-10-28", S, tolerance_days=3)
add(y, "4 неделя ноября", "range", "2025-11-22", "2025-11-28", S, tolerance_days=3)
add(y, "3,4 неделя января", "range", "2026-01-15", "2026-01-28", S, tolerance_days=3)
add(y, "3 неделя февраля", "range", "2026-02-15", "2026-02-21", S, tolerance_days=3)
add(y, "февраль-март", "range", "2026-02-01", "2026-03-31", S)
add(y, "2 неделя апреля", "range", "2026-04-08", "2026-04-14", S, tolerance_days=3)
add(y, "4 неделя мая", "range", "2026-05-22", "2026-05-28", S, tolerance_days=3)
S = "https://365len.tvoysadik.ru/file/card?id=3331"
y = "2023-2024"
recurring(y, "5 дней (понедельник-пятница)", "weekly", S)
add(y, "31августа 2024", "date", "2024-08-31", src=S)
add(y, "9 января 2024", "date", "2024-01-09", src=S)
S = "https://ivgazeta.ru/news/2022/08/18/pereklichki_v_shkolah_ivanova_v_202_godu_proydut_27_avgusta"
add("2021-2022", "с 29 по 31 августа", "range", "2022-08-29", "2022-08-31", S)
add("2021-2022", "в последнюю субботу месяца, 27 августа", "date", "2022-08-27", src=S)
S = "https://irbit-5.uralschool.ru/file/card?id=602"
y = "2024-2025"
add(y, "27.05.2025", "date", "2025-05-27", src=S)
add(y, "(сентябрь - октябрь)", "range", "2024-09-01", "2024-10-31", S)
add(y, "(ноябрь декабрь)", "range", "2024-11-01", "2024-12-31", S)
add(y, "январь - май", "range", "2025-01-01", "2025-05-31", S)
S = "https://vedtver.ru/news/society/stal-izvesten-shkolnyj-kalendar-na-grjadushhij-uchebnyj-god-kogda-roditeljam-brat-bilety-v-teplye-kraja/"
add(y, "I четверть — 2 сентября — 26 октября;", "range", "2024-09-02", "2024-10-26", S)
add(y, "II четверть — 5 ноября — 29 декабря;", "range", "2024-11-05", "2024-12-29", S)
add(y, "III четверть — 9 января — 29 марта;", "range", "2025-01-09", "2025-03-29", S)
add(y, "IV четверть — 7 апреля — 26 мая.", "range", "2025-04-07", "2025-05-26", S)
add(y, "Осенние каникулы — 27 октября — 4 ноября;", "range", "2024-10-27", "2024-11-04", S)
add(y, "Зимние каникулы- 30 декабря — 8 января;", "range", "2024-12-30", "2025-01-08", S)
add(y, "Весенние каникулы — 30 марта — 6 апреля.", "range", "2025-03-30", "2025-04-06", S)
add(y, "Летние каникулы начнутся 27 мая и закончатся 31 августа.", "range", "2025-05-27", "2025-08-31", S)
S = "http://sch3.slonim-uo.by/students/holidays-school-year"
add(y, "первая четверть – с 2 сентября 2024 г. по 26 октября 2024 г.;", "range", "2024-09-02", "2024-10-26", S)
add(y, "третья – с 8 января 2025 г. по 22 марта 2025 г.;", "range", "2025-01-08", "2025-03-22", S)
add(y, "осенние – 8 дней с 27 октября 2024 г. по 3 ноября 2024 г. включительно;", "range", "2024-10-27", "2024-11-03", S)
add(y, "зимние – 14 дней с 25 декабря 2024 г. по 7 января 2025 г. включительно;", "range", "2024-12-25", "2025-01-07", S)
add(y, "весенние – 8 дней с 23 марта 2025 г. по 30 марта 2025 г. включительно;", "range", "2025-03-23", "2025-03-30", S)
add(y, "с 17 февраля 2025 г. по 23 февраля 2025 г. включительно продолжительностью 7 дней.", "range", "2025-02-17", "2025-02-23", S)
S = "https://metodisty.rgdb.ru/05/dlya-chit/5436-frnd-fstivalx-zhiznx-bz-tnj-projdt-v-pskov-76-prosmotrov"
y = "2025-2026"
add(y, "(11.12.2025)", "date", "2025-12-11", src=S)
add(y, "(3–5.12.2025)", "range", "2025-12-03", "2025-12-05", S)
add(y, "IV квартал 2025 года", "range", "2025-10-01", "2025-12-31", S)
S = "https://shrlib24.ru/?date=2048-12-1&t=day"
recurring("2024-2025", "отмечаемый ежегодно 27 мая", "yearly", S)
lang("ru")

# ---------------------------------------------------------------- Vietnamese
S = "https://baophapluat.vn/media/ngay-sach-va-van-hoa-doc-khoi-day-va-lan-toa-van-hoa-doc-trong-cong-dong-post12567.html"
add("2023-2024", "từ ngày 17/4 – 1/5/2024", "range", "2024-04-17", "2024-05-01", S)
S = "https://truongbacai.edu.vn/chuong-trinh-ngoai-khoa---hoc-tap-trai-nghiem-thang-1o-nam-hoc-2022-2023-828-26.html"
add("2022-2023", "13h00 – 17h00, ngày 14 tháng 10 năm 2022", "date", "2022-10-14", src=S)
S = "https://lop4.com/chu-diem-thang-9-10-ke-hoach-hoat-dong-ngoai-gio-to-chuc-thi-viet-ve-ve-mai-truong-cua-em-7714"
add("2025-2026", "THÁNG 9+10", "range", "2025-09-01", "2025-10-31", S)
S = "http://thuvien.uit.edu.vn/"
recurring("2025-2026", "Thứ Hai đến thứ Sáu: 7 giờ 30 - 16 giờ 30", "weekly", S)
S = "http://thuvien.vinhphuc.gov.vn/"
recurring("2025-2026", "phục vụ các ngày 2,3,4,5,6", "weekly", S)
S = "http://vanphibvp.blogspot.com/2022/06"
recurring("2021-2022", "ngày 21.4 hằng năm", "yearly", S)
S = "https://th389.vn/news-tag44829/opensearch.xml"
add("2023-2024", "Ngày Sách Việt Nam (21/4)", "date", "2024-04-21", src=S)
S = "https://vnexpress.net/truong-mam-non-giu-tre-hon-mot-thang-dip-he-4118199.html"
y = "2019-2020"
add(y, "từ ngày 16/7 đến hết 21/8", "range", "2020-07-16", "2020-08-21", S)
add(y, "trước ngày 11/7", "deadline", "2020-07-11", src=S)
add(y, "trước 15/7", "deadline", "2020-07-15", src=S)
add(y, "trước ngày 31/7", "deadline", "2020-07-31", src=S)
add(y, "ngày 18/5", "date", "2020-05-18", src=S)
S = "https://vnexpress.net/hon-50-tinh-thanh-cong-bo-lich-tuu-truong-4500361.html"
add("2022-2023", "vào ngày 5/9", "date", "2022-09-05", src=S)
add("2022-2023", "giữa tháng 9 (ngày 12/9)", "date", "2022-09-12", src=S)
S = "https://thanhnien.vn/gioi-tre/nghi-he-dung-om-sach-den-truong-nua-1082896.html"
add("2018-2019", "từ ngày 17.6 - 16.8", "range", "2019-06-17", "2019-08-16", S)
S = "https://giadinh.suckhoedoisong.vn/lich-nghi-he-chinh-thuc-cua-bac-mam-non-o-tphcm-172180504113927154.htm"
y = "2017-2018"
add(y, "từ ngày 31/5 đến ngày 17/6", "range", "2018-05-31", "2018-06-17", S)
add(y, "từ 18/6 - 17/8/2018", "range", "2018-06-18", "2018-08-17", S)
add(y, "vào ngày 30/5/2018", "date", "2018-05-30", src=S)
S = "http://thcstanchaudilinh.edu.vn/tin-tuc-su-kien/hoat-dong-doan-doi/ke-hoach-to-chuc-hoi-khoe-phu-dong-cap-truong.html"
add("2018-2019", "vào tháng 12/2018", "range", "2018-12-01", "2018-12-31", S)
S = "http://thso1namhoa.donghy.edu.vn/tin-tuc-su-kien/hoat-dong-chuyen-mon/sinh-hoat-chuyen-mon-to-theo-huong-nghien-cuu-bai-hoc.html"
add("2020-2021", "ngày 27/11/2020", "date", "2020-11-27", src=S)
S = "https://ngaynay.vn/hoc-sinh-cac-cap-tag116087.html"
add("2020-2021", "tựu trường sớm nhất vào 1/9", "date", "2020-09-01", src=S)
lang("vi")

# ---------------------------------------------------------------- write
write_batch(OUT)
