"""ГБУК РО «Рязанская областная специальная библиотека для слепых»: план мероприятий, the
first quarter of 2026 (the page's heading still says "на 2025 год"; the quarter row and
every date say 2026). Above the table, a legend of the row colours (creative, methodical,
cultural events) as plain lines; the table "Наименование мероприятия | Срок исполнения |
Исполнитель мероприятия" has an unlabelled number column, full dates, and the doer as a
name with the post after a dash ("Смирнова О.А. – главный библиотекарь", "Гусева В.П.
-заведующий детским отделом"). Heads of a library's departments are its librarians, not
its director. The stored copy ends
inside row 5 (dropped)."""
from ru_corpus import Plan, ev

P = Plan("ru-42-ryazan-blind-library-q1-2026",
         source="https://osbs-rzn.ru/plan-meroprijatij.html",
         kind="library-plan", academic_year="2025-2026")
P.para("План мероприятий ГБУК РО «Рязанская областная специальная библиотека для слепых» на 2025 год", bold=True, center=True)
P.para("Творческие мероприятия (фестиваль, выставка, конкурс, смотр)")
P.para("Методические мероприятия (семинар, конференция)")
P.para("Культурно-массовые (иные зрелищные мероприятия)")
P.para("I квартал 2026 года", bold=True, center=True)
P.table(["", "Наименование мероприятия", "Срок исполнения", "Исполнитель мероприятия"])
P.row(["1.", "Заседание клуба «Диалог на равных»: «Следствия ведут…»: новогодний квест", "08.01.2026", "Смирнова О.А. – главный библиотекарь"],
      ev("2026-01-08", roles=["librarian"], people=["Смирнова О.А."]))
P.row(["2.", "Литературный вечер «И буду жить в своем народе!», посвящённый 90-летию со дня рождения русского поэта Н.М. Рубцова", "13.01.2026", "Наумова Е.В. - заведующий отделом обслуживания"],
      ev("2026-01-13", roles=["librarian"], people=["Наумова Е.В."]))
P.row(["3.", "Музыкальная гостиная «Там, где живет музыка», посвященная Старому Новому году: «Старый Новый год: Время чудес»", "20.01.2026", "Мотинга А.В. -  заведующий читальным залом"],
      ev("2026-01-20", roles=["librarian"], people=["Мотинга А.В."]))
P.row(["4.", "Патриотическая беседа «Маленькие жизни Холокоста»", "22.01.2026", "Гусева В.П. -заведующий детским отделом"],
      ev("2026-01-22", roles=["librarian"], people=["Гусева В.П."]))
P.save_docx()
