"""ГУО «Детский сад № 71 г. Гродно» (Беларусь): план работы попечительского совета на 2024
год (a calendar year). "ПРИНЯТ на общем собрании …" to the right, the title naming the
kindergarten, then "№ п/п | Содержание работы | Сроки | Ответственный": a numbered section row
"1. | Собрания попечительского совета:" with nothing in the other cells, then its first
meeting "1.1." whose cell is "Повестка дня:" and the numbered agenda, each on its own line. The
stored copy ends inside meeting 1.2; the section and meeting 1.1 are kept."""
from ru_corpus import Plan, ev

P = Plan("ru-48-grodno-ds71-trustees-2024",
         source="https://udo71.oktobrgrodno.gov.by/родителям/попечительский-совет/план-работы-попечительского-совета",
         kind="council-plan", academic_year="2023-2024", batch="2026-12-07-ru-1")
P.para("ПРИНЯТ")
P.para("на общем собрании")
P.para("Попечительского совета")
P.para("(протокол от 10.01.2023 г. № 1)")
P.para("ПЛАН РАБОТЫ ПОПЕЧИТЕЛЬСКОГО СОВЕТА", bold=True, center=True)
P.para("государственного учреждения образования «Детский сад № 71 г. Гродно» на 2024 год", bold=True, center=True)
P.table(["№ п/п", "Содержание работы", "Сроки", "Ответственный"])
P.row(["1.", "Собрания попечительского совета:", "", ""])
P.row(["1.1.", "Повестка дня:\n1. О работе попечительского совета за 2023 год.\n2. О плане работы попечительского совета на 2024 год.\n3. Об укреплении и развитии  материально-технической базы учреждения дошкольного образования.", "Январь", "Председатель попечительского совета"],
      ev("2024-01-01", "2024-01-31", title="О работе попечительского совета за 2023 год", roles=[]))
P.save_docx()
