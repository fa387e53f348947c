"""A class teacher's plan of educational work by directions (Калужская область: the row on
the liberation of the Kaluga region, the school museum named after A.A. Buyankin), from a
teachers' site: "№ п/п | Мероприятие | Сроки | Направленность в работе". A row holds an
occasion and the activities of it on separate lines with one date; row 3 holds a lead-in
line and three gatherings with a date each, one per line in the date cell ("25.09" /
"24.09" / "23.09"), which a reader lists as three events; there is no responsible column
and no year anywhere (read in 2026-2027, see README-ru.md). The stored copy ends inside row
6 (dropped). Saved as LibreOffice Calc (.ods)."""
from ru_corpus import Plan, ev

P = Plan("ru-40-kaluga-class-plan-by-directions",
         source="stored public web page \"План воспитательной работы класса по направлениям\" (section \"Учителю\" of a teachers' site; the search index gave no address)",
         kind="class-teacher-plan", academic_year="2026-2027")
P.para("План воспитательной работы класса по направлениям")
P.table(["№ п/п", "Мероприятие", "Сроки", "Направленность\nв работе"])
P.row(["1", "День Знаний\nТоржественная линейка\nУрок Знаний: «Я талантлив»", "1.09", "гражданско-патриотическое"],
      ev("2026-09-01", title="День Знаний"))
P.row(["2", "День солидарности в борьбе с терроризмом\nЕдиный урок «Трагедия Беслана»", "3.09", "гражданско-патриотическое"],
      ev("2026-09-03", title="День солидарности в борьбе с терроризмом"))
P.row(["3", "Общий сбор детских и молодёжных организаций:\nДО «Солнышко»\nДО «Галактика»\nПО РСМ", "25.09\n24.09\n23.09", "Социальное"],
      ev("2026-09-25", title="ДО «Солнышко»"),
      ev("2026-09-24", title="ДО «Галактика»"),
      ev("2026-09-23", title="ПО РСМ"))
P.row(["4", "День освобождения Калужской области от немецко-фашистских захватчиков\nУрок мужества «Никто не забыт, ничто не забыто»\nВозложение цветов к Стеле «Никто не забыт».\nМитинг у памятника «Советский воин».\nЭкскурсии в школьном историко-краеведческом музее им. А.А. Буянкина (согласно программе работы школьного музея)",
       "17.09", "гражданско-патриотическое,\nисторико-краеведческое"],
      ev("2026-09-17", title="День освобождения Калужской области"))
P.row(["5", "Внимание - дети\nБеседа по ПДД «Внимание - дети!»", "15.09-15.10", "здоровьесберегающее"],
      ev("2026-09-15", "2026-10-15", title="Внимание - дети"))
P.save_ods()
