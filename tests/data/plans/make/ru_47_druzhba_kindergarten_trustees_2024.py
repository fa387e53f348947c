"""ГУО «Дружбинский детский сад» (Беларусь): план работы попечительского совета на 2024/2025
учебный год. The period column comes before the activities ("№ п/п | Период |
Мероприятия"), and there is no responsible column. Row 1 is the council's general meeting with
its numbered agenda run inline in one cell: one event. The stored copy ends inside row 2 (a
"сентябрь- август" row of fund-raising tasks); row 1 is kept."""
from ru_corpus import Plan, ev

P = Plan("ru-47-druzhba-kindergarten-trustees-2024",
         source="https://sad-drujb.schools.by/pages/plan-raboty-popechitelskogo-soveta",
         kind="council-plan", academic_year="2024-2025", title_col=2, batch="2026-12-07-ru-1")
P.para("План работы", bold=True, center=True)
P.para("Попечительского совета государственного учреждения образования «Дружбинский детский сад» на 2024/2025 уч. год", bold=True, center=True)
P.table(["№ п/п", "Период", "Мероприятия"])
P.row(["1", "сентябрь", "Заседание общего собрания попечительского совета: 1.Ознакомить с Положением о попечительском совете. 2.Формирование попечительского совета. Распределение обязанностей. 3. Планирование деятельности попечительского совета на 2024/2025 учебный год. Определение направлений, размеров и порядка использования средств попечительского совета."],
      ev("2024-09-01", "2024-09-30", title="Заседание общего собрания попечительского совета"))
P.save_docx()
